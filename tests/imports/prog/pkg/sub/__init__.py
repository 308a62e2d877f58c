from .. import sub as myself
print("pkg.sub: init", __package__, myself.__name__)
