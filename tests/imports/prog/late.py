print("late: imported by importlib only")
VALUE = 42
