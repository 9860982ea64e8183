from tests.site import site  # noqa: F401
