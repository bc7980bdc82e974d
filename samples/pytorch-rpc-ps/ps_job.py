"""A parameter-server training job on torch.distributed.rpc, profiled for SgdSim.

One PS process holds the parameters of a small MLP; one worker process pulls every parameter from it, runs the
forward and backward pass of one minibatch, and pushes every gradient back; the PS applies each gradient as it
arrives (asynchronous SGD). Both processes run on this host (loopback, CPU, one thread each), both profile
themselves with torch.profiler, and each exports one Chrome trace into the output folder, annotated with SgdSim's
span convention (sgdsim.role/…, sgdsim.clock/…, sgdsim.pull/…, sgdsim.push/…, sgdsim.use/…, sgdsim.serve/…, sgdsim.apply/…).

    python3 ps_job.py --out OUT_DIR [--steps 10] [--batch 64] [--port 29517]
"""

import argparse
import gzip
import os
import queue
import shutil
import time

import torch
import torch.distributed.rpc as rpc
import torch.multiprocessing as mp
import torch.nn.functional as F
from torch.profiler import ProfilerActivity, profile, record_function, schedule

PS_NAME = "ps"
WORKER_NAME = "worker0"
LAYERS = [(784, 256), (256, 128), (128, 10)]
LEARNING_RATE = 0.05
WAIT_STEPS = 1    # the first step opens the RPC connections: not profiled
WARMUP_STEPS = 1  # the profiler's own warm-up step: not exported


def parameter_shapes():
    """The MLP's parameters in the order the forward pass reads them: fcK.weight, fcK.bias."""
    shapes = []
    for k, (inputs, outputs) in enumerate(LAYERS):
        shapes.append((f"fc{k}.weight", (outputs, inputs)))
        shapes.append((f"fc{k}.bias", (outputs,)))
    return shapes


def nbytes(tensor):
    return tensor.numel() * tensor.element_size()


def mark_clock():
    """Ties the trace to the wall clock: this build's profiler writes times relative to its own start."""
    with record_function(f"sgdsim.clock/{time.time_ns()}"):
        pass


# ---------------------------------------------------------------- parameter server

# Requests are served by the PS's main thread, which is the thread the profiler records: RPC handler threads only
# queue the work and hand back a future the main thread completes. One thread does all the PS's work, as a PS with
# one update thread would.
_REQUESTS = queue.Queue()


@rpc.functions.async_execution
def get_parameter(name):
    future = torch.futures.Future()
    _REQUESTS.put(("serve", name, None, future))
    return future


@rpc.functions.async_execution
def push_gradient(name, gradient):
    future = torch.futures.Future()
    _REQUESTS.put(("apply", name, gradient, future))
    return future


@rpc.functions.async_execution
def finish():
    future = torch.futures.Future()
    _REQUESTS.put(("finish", None, None, future))
    return future


def run_ps(out_dir):
    torch.manual_seed(0)
    parameters = {name: torch.randn(shape) * 0.05 for name, shape in parameter_shapes()}
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        with record_function("sgdsim.role/ps/0"):
            pass
        mark_clock()
        while True:
            kind, name, gradient, future = _REQUESTS.get()
            if kind == "finish":
                future.set_result(True)
                break
            if kind == "serve":
                with record_function(f"sgdsim.serve/{name}"):
                    value = parameters[name].clone()
                future.set_result(value)
            else:
                with record_function(f"sgdsim.apply/{name}"):
                    parameters[name].add_(gradient, alpha=-LEARNING_RATE)
                future.set_result(True)
    prof.export_chrome_trace(os.path.join(out_dir, "ps.json"))


# ---------------------------------------------------------------- worker

def forward(model, pulled, x):
    """The MLP's forward pass; each layer's span names the parameters it reads (sgdsim.use/…)."""
    for k in range(len(LAYERS)):
        weight, bias = model[f"fc{k}.weight"], model[f"fc{k}.bias"]
        with record_function(f"sgdsim.use/fc{k}.weight,fc{k}.bias"):
            with torch.no_grad():
                weight.copy_(pulled[f"fc{k}.weight"])
                bias.copy_(pulled[f"fc{k}.bias"])
            x = F.linear(x, weight, bias)
            if k < len(LAYERS) - 1:
                x = F.relu(x)
    return x


def async_span(name, start_call):
    """Runs start_call() inside a span that ends when the future it returns completes (several are in flight)."""
    span = record_function(name)
    span.__enter__()
    future = span._call_end_callbacks_on_future(start_call())
    span.__exit__(None, None, None)
    return future


def run_worker(out_dir, steps, batch):
    torch.manual_seed(1)
    model = {name: torch.zeros(shape, requires_grad=True) for name, shape in parameter_shapes()}
    data = torch.randn(batch, LAYERS[0][0])
    labels = torch.randint(0, LAYERS[-1][1], (batch,))

    def export(prof):
        prof.export_chrome_trace(os.path.join(out_dir, "worker0.json"))

    plan = schedule(wait=WAIT_STEPS, warmup=WARMUP_STEPS, active=steps, repeat=1)
    with profile(activities=[ProfilerActivity.CPU], schedule=plan, on_trace_ready=export) as prof:
        for _ in range(WAIT_STEPS + WARMUP_STEPS + steps):
            with record_function("sgdsim.role/worker/0"):
                pass
            mark_clock()
            # Every pull in flight at once, as TensorFlow's PS jobs do.
            pulls = {name: async_span(f"sgdsim.pull/{name}/{nbytes(p)}",
                                      lambda name=name: rpc.rpc_async(PS_NAME, get_parameter, args=(name,)))
                     for name, p in model.items()}
            pulled = {name: future.wait() for name, future in pulls.items()}

            for p in model.values():
                p.grad = None
            loss = F.cross_entropy(forward(model, pulled, data), labels)
            loss.backward()

            pushes = [async_span(f"sgdsim.push/{name}/{nbytes(p.grad)}",
                                 lambda name=name, p=p: rpc.rpc_async(PS_NAME, push_gradient, args=(name, p.grad)))
                      for name, p in model.items()]
            torch.futures.wait_all(pushes)
            prof.step()
    rpc.rpc_sync(PS_NAME, finish)


# ---------------------------------------------------------------- launcher

def run(rank, out_dir, steps, batch, port):
    torch.set_num_threads(1)
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    options = rpc.TensorPipeRpcBackendOptions(num_worker_threads=4, rpc_timeout=120, _transports=["uv"])
    name = PS_NAME if rank == 0 else WORKER_NAME
    rpc.init_rpc(name, rank=rank, world_size=2, rpc_backend_options=options)
    if rank == 0:
        run_ps(out_dir)
    else:
        run_worker(out_dir, steps, batch)
    rpc.shutdown()


def gzip_in_place(path):
    with open(path, "rb") as source, gzip.open(path + ".gz", "wb", compresslevel=9) as target:
        shutil.copyfileobj(source, target)
    os.remove(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="folder for ps.json.gz and worker0.json.gz")
    parser.add_argument("--steps", type=int, default=10, help="profiled steps (default 10)")
    parser.add_argument("--batch", type=int, default=64, help="minibatch size (default 64)")
    parser.add_argument("--port", type=int, default=29517, help="loopback port of the RPC rendezvous")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    mp.spawn(run, args=(args.out, args.steps, args.batch, args.port), nprocs=2, join=True)
    for name in ("ps.json", "worker0.json"):
        gzip_in_place(os.path.join(args.out, name))
    total = sum(size for size in parameter_shapes_bytes())
    print(f"wrote {args.out}/ps.json.gz and {args.out}/worker0.json.gz; "
          f"{len(parameter_shapes())} parameters, {total} bytes")


def parameter_shapes_bytes():
    for _, shape in parameter_shapes():
        yield torch.zeros(shape).numel() * 4


if __name__ == "__main__":
    main()
