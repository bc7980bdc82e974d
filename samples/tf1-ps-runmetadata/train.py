"""A minimal TF1-style parameter-server job (between-graph replication) that saves one RunMetadata per step.

Each process runs one task: `--job_name ps` serves the variables, `--job_name worker` builds its own copy of the
graph, with the variables placed on the PS by tf.compat.v1.train.replica_device_setter, and trains an MLP with
plain SGD. Worker 0 traces every step with RunOptions(trace_level=FULL_TRACE) and writes the RunMetadata it gets
back as <trace_dir>/step-NNNN.runmeta.pb, which `sgdsim inspect <trace_dir>` reads.

Example, one PS and one worker on this machine (two shells):
    python train.py --job_name ps --task_index 0
    python train.py --job_name worker --task_index 0 --trace_dir trace
"""
import argparse
import os

import numpy as np
import tensorflow as tf

tf1 = tf.compat.v1


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--job_name", choices=["ps", "worker"], required=True)
    p.add_argument("--task_index", type=int, default=0)
    p.add_argument("--ps_hosts", default="localhost:2222", help="comma-separated host:port of the PS tasks")
    p.add_argument("--worker_hosts", default="localhost:2223", help="comma-separated host:port of the workers")
    p.add_argument("--steps", type=int, default=20, help="training steps of each worker")
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--hidden", type=int, default=1024, help="width of the hidden layers")
    p.add_argument("--trace_dir", default="trace", help="where worker 0 writes step-NNNN.runmeta.pb")
    return p.parse_args()


def build_model(batch, hidden):
    """An MLP on random data: 784 -> hidden -> hidden -> 10. Returns the train op and the loss."""
    x = tf1.placeholder(tf.float32, [batch, 784], name="input")
    y = tf1.placeholder(tf.int64, [batch], name="labels")
    h = x
    sizes = [784, hidden, hidden, 10]
    for i in range(3):
        w = tf1.get_variable(f"layer{2 * i}/weight", [sizes[i], sizes[i + 1]],
                             initializer=tf1.glorot_uniform_initializer())
        b = tf1.get_variable(f"layer{2 * i}/bias", [sizes[i + 1]], initializer=tf1.zeros_initializer())
        h = tf.matmul(h, w) + b
        if i < 2:
            h = tf.nn.relu(h)
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=h))
    global_step = tf1.train.get_or_create_global_step()
    train_op = tf1.train.GradientDescentOptimizer(0.01).minimize(loss, global_step=global_step)
    return x, y, train_op, loss


def main():
    args = parse_args()
    tf1.disable_eager_execution()
    cluster = tf1.train.ClusterSpec({"ps": args.ps_hosts.split(","), "worker": args.worker_hosts.split(",")})
    server = tf1.train.Server(cluster, job_name=args.job_name, task_index=args.task_index)
    if args.job_name == "ps":
        server.join()
        return

    worker_device = f"/job:worker/replica:0/task:{args.task_index}"
    with tf1.device(tf1.train.replica_device_setter(worker_device=worker_device, cluster=cluster)):
        x, y, train_op, loss = build_model(args.batch, args.hidden)
    init = tf1.global_variables_initializer()

    rng = np.random.default_rng(args.task_index)
    feed = {x: rng.standard_normal((args.batch, 784), dtype=np.float32),
            y: rng.integers(0, 10, size=args.batch)}
    tracing = args.task_index == 0
    if tracing:
        os.makedirs(args.trace_dir, exist_ok=True)
    options = tf1.RunOptions(trace_level=tf1.RunOptions.FULL_TRACE)

    with tf1.Session(server.target) as session:
        if args.task_index == 0:
            session.run(init)
        for step in range(args.steps):
            if tracing:
                metadata = tf1.RunMetadata()
                _, value = session.run([train_op, loss], feed_dict=feed, options=options, run_metadata=metadata)
                with open(os.path.join(args.trace_dir, f"step-{step:04d}.runmeta.pb"), "wb") as f:
                    f.write(metadata.SerializeToString())
            else:
                _, value = session.run([train_op, loss], feed_dict=feed)
            print(f"worker {args.task_index} step {step} loss {value:.4f}", flush=True)


if __name__ == "__main__":
    main()
