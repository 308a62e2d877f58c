print("pkg.sub.leaf: loaded", __package__)


def beyond():
    try:
        from .... import nothing
    except ImportError as e:
        return "ImportError: " + str(e)
