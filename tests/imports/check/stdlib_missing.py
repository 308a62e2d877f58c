import sys

import tkinter
