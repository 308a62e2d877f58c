"""A module whose body counts how often it ran."""
count = 0
print("counter: body runs")


def bump():
    global count
    count += 1
