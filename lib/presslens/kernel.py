"""The kernel a run starts for its notebooks: IPython's kernel (as ``python -m ipykernel_launcher`` starts it), with
this process's cyclic garbage collector set by :func:`presslens.cores.collect_less` from the interpreter's start.

Importing ``presslens`` sets it (and nothing heavier: the package's ``__init__`` imports no analysis module), so
ipykernel's own start-up (IPython, zmq, tornado and their objects) no longer runs the collector at Python's default
thresholds before a notebook's first cell imports presslens: in a cold run over 20,000 articles the collector's CPU
went from 4.3 s to 2.8 s over all processes with the threshold set from each interpreter's start.
See :func:`presslens.runner.kernel_path`.

A kernel a run started (:data:`RUN_KERNEL`, set in its environment by :func:`presslens.runner.run`) exits without
the interpreter's teardown once it is shut down (:func:`exit_now`); any other (one JupyterLab starts with this
kernelspec) exits as IPython's kernel does, its history saved by IPython's exit handlers. The run's parse child ends
the same way once its answer is sent (:func:`presslens.runner._parse_child`)."""

import os
import sys
from pathlib import Path

# Set (to "1") in the environment of the kernels `presslens run` starts: see exit_now.
RUN_KERNEL = "PRESSLENS_RUN_KERNEL"


def exit_now() -> None:
    """End a process a run started, its work handed over, without Python's teardown: a run's kernel once shut down,
    the run's parse child once its answer is sent (:func:`presslens.runner._parse_child`), and a notebook worker of
    the run once its pool is shut down (:func:`presslens.runner._worker_start`). In a kernel IPython's exit handler
    resets the namespace (a full collection over the notebook's tables) and the interpreter then frees every object
    one by one, 0.5-0.7 s of CPU a kernel over 5,000 articles, which the run waits for (the kernel manager waits for
    the process to end before the notebook's pages are written), as it waits for the parse child (0.15 s of CPU and
    0.3 s over 5,000 articles) and for its notebook workers (0.45 s of CPU each). A run's kernel keeps no history
    (its history file is ``:memory:``) and its notebook's outputs were all received before it was asked to shut
    down; what must still be closed is: the Dask clients (and LocalClusters) its stages started, and the buffers of
    the process's own standard streams (the kernel's log; a kernel's ``sys.stdout`` is the notebook's, whose last
    output went with its cell)."""
    pipeline = sys.modules.get("presslens.pipeline")
    if pipeline is not None:
        pipeline.close_dask_clients()
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except Exception:  # a stream closed already: nothing left to write
            pass
    os._exit(0)


if __name__ == "__main__":
    # as ipykernel_launcher does: the working folder (the notebook's) leaves sys.path while the kernel imports what
    # it needs, and IPython puts it back (InteractiveShellApp.init_path), so a file there named like a module the
    # kernel imports is not taken for it
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]

    from ipykernel import kernelapp

    kernelapp.launch_new_instance()  # returns once the kernel is shut down (its event loop stopped)
    if os.environ.get(RUN_KERNEL) == "1":
        exit_now()
