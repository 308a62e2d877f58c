import argparse
p = argparse.ArgumentParser(prog='ver')
p.add_argument('--version', action='version', version='%(prog)s 1.0\n\nCopyright (C) 2024 Somebody. This is free software; see the source for copying conditions. There is NO warranty.')
p.add_argument('-V', action='version')
p.version = 'attr version'
p.parse_args()
# case: ["--version"]
# case: ["-V"]
# case: ["--vers"]
