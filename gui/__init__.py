
from gui.pyside_import_hook import install as _install_import_hook

_install_import_hook()  # before the GUI's own imports: each one is looked at once
