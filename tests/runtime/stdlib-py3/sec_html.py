# html: escape, unescape (numeric, named, invalid references), html.entities.
import html, html.entities
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<"\'>', quote=False))
for s in ['&amp; &lt;&gt; &quot;', '&#62;&#x3e;&#X3E;&#0;&#13;&#128;&#x80;&#150;', '&#xD800;&#1114112;&#999999999999;&#1;&#x10FFFF;&#65534;&#11;', '&notit; &notin; &not &copy &copy; &COPY;', '&ampx &amp &unknown; &;', '&#; &#x; & amp;', 'no refs', '&AElig&Aacute;&aacute', '&#97&#98;c', '&' + 'a' * 40 + ';', '&acE; &NotEqualTilde; &fjlig;', '&lt=&gt']:
    print(repr(s), repr(html.unescape(s)))
print(len(html.entities.html5), html.entities.name2codepoint['eacute'], html.entities.codepoint2name[233], html.entities.entitydefs['amp'], html.entities.html5['gt;'])
