# One program for all of str-methods.test.ts (a build costs a minute of CPU): each module prints
# its section when imported.
import search_split
import case_pad_codec
import format_messages
import num_methods
import str_subclass
