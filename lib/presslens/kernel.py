"""The kernel a run starts for its notebooks: IPython's kernel (as ``python -m ipykernel_launcher`` starts it), with
this process's cyclic garbage collector set by :func:`presslens.cores.collect_less` from the interpreter's start.

Importing ``presslens`` sets it (and nothing heavier: the package's ``__init__`` imports no analysis module), so
ipykernel's own start-up (IPython, zmq, tornado and their objects) no longer runs the collector at Python's default
thresholds before a notebook's first cell imports presslens: in a cold run over 20,000 articles the collector's CPU
went from 4.3 s to 2.8 s over all processes with the threshold set from each interpreter's start.
See :func:`presslens.runner.kernel_path`."""

import sys
from pathlib import Path

if __name__ == "__main__":
    # as ipykernel_launcher does: the working folder (the notebook's) leaves sys.path while the kernel imports what
    # it needs, and IPython puts it back (InteractiveShellApp.init_path), so a file there named like a module the
    # kernel imports is not taken for it
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]

    from ipykernel import kernelapp

    kernelapp.launch_new_instance()
