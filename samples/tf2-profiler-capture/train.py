"""A TF2 training job that serves the profiler, for `sgdsim capture` to profile while it runs.

It starts tf.profiler.experimental.server.start(PORT) and then trains a small MLP in a tf.function
loop on random data, marking each step with tf.profiler.experimental.Trace("train", step_num=k) so that the
profile shows where each step begins and ends. While it runs, from another shell:

    sgdsim capture --host localhost:6009 --logdir /tmp/sgdsim-capture --duration-ms 3000 --out worker.xplane.pb
"""
import argparse

import tensorflow as tf


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, default=6009, help="port of the profiler server")
    p.add_argument("--steps", type=int, default=100_000, help="training steps (long enough to capture from)")
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--hidden", type=int, default=1024)
    return p.parse_args()


def main():
    args = parse_args()
    tf.profiler.experimental.server.start(args.port)
    print(f"profiler server on port {args.port}", flush=True)

    sizes = [784, args.hidden, args.hidden, 10]
    weights = [tf.Variable(tf.random.normal([sizes[i], sizes[i + 1]], stddev=0.05), name=f"layer{i}/weight")
               for i in range(3)]
    biases = [tf.Variable(tf.zeros([sizes[i + 1]]), name=f"layer{i}/bias") for i in range(3)]
    variables = weights + biases
    optimizer = tf.keras.optimizers.SGD(learning_rate=0.01)
    x = tf.random.normal([args.batch, 784])
    y = tf.random.uniform([args.batch], maxval=10, dtype=tf.int64)

    @tf.function
    def train_step():
        with tf.GradientTape() as tape:
            h = x
            for i in range(3):
                h = tf.matmul(h, weights[i]) + biases[i]
                if i < 2:
                    h = tf.nn.relu(h)
            loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=h))
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    for step in range(args.steps):
        with tf.profiler.experimental.Trace("train", step_num=step, _r=1):
            loss = train_step()
        if step % 100 == 0:
            print(f"step {step} loss {loss.numpy():.4f}", flush=True)


if __name__ == "__main__":
    main()
