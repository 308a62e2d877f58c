try:
    import yaml_not_installed_anywhere
except ImportError:
    yaml_not_installed_anywhere = None
print(yaml_not_installed_anywhere)
