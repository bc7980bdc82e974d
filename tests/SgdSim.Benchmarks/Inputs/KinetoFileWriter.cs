using System.Globalization;
using System.Text;

namespace SgdSim.Benchmarks.Inputs;

/// <summary>
/// Writes one PyTorch profiler (Kineto) trace of a data-parallel GPU rank, laid out as Kineto writes it: the
/// <c>schemaVersion</c>/<c>deviceProperties</c>/<c>distributedInfo</c> header, then <c>traceEvents</c> with one event
/// per few lines. Each step (<c>ProfilerStep#N</c>) runs an MLP of <see cref="Layers"/> layers: on the main thread
/// <c>aten::linear</c> (holding <c>aten::t</c> and <c>aten::addmm</c>, which launches a GEMM kernel) and
/// <c>aten::relu</c> per layer; on the autograd thread each layer's <c>AddmmBackward0</c> (two <c>aten::mm</c>, two
/// kernels) and <c>AccumulateGrad</c>, with an NCCL all-reduce (<c>record_param_comms</c> holding
/// <c>nccl:all_reduce</c>, and its kernel) every eight layers; then the optimizer's <c>aten::add_</c> per layer.
/// Every launch has its <c>ac2g</c> flow to its kernel and every forward op its <c>fwdbwd</c> flow to its backward op.
/// Steps are written until the file reaches the requested size.
/// </summary>
internal static class KinetoFileWriter
{
    public const int Layers = 64;
    private const long Pid = 2910249;
    private const long MainTid = 2910249;
    private const long BackwardTid = 2919752;
    private const long BaseTimeNs = 1_711_964_646_000_000_000;

    /// <summary>Writes at least <paramref name="targetBytes"/>; returns the steps, events and bytes written.</summary>
    public static (int Steps, long Events, long Bytes) Write(string path, long targetBytes, int seed)
    {
        var random = new Random(seed);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        var g = new Generator(w, random);
        w.Write("""
            {
              "schemaVersion": 1,
              "deviceProperties": [
                {"id": 0, "name": "NVIDIA A100-SXM4-80GB", "totalGlobalMem": 85198045184, "computeMajor": 8, "computeMinor": 0, "numSms": 108}
              ],
              "distributedInfo": {"backend": "nccl", "rank": 0, "world_size": 8, "pg_count": 1, "pg_config": [{"pg_name": "0", "pg_desc": "default_pg", "backend_config": "cuda:nccl", "pg_size": 8, "ranks": [0, 1, 2, 3, 4, 5, 6, 7]}], "nccl_version": "2.18.1"},
              "traceEvents": [
            """);
        w.Write('\n');
        var steps = 0;
        while (true)
        {
            g.Step(steps);
            steps++;
            w.Flush();
            if (stream.Length >= targetBytes)
            {
                break;
            }
        }

        g.Metadata();
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"\n  ],\n  \"traceName\": \"/tmp/rank0.pt.trace.json\",\n  \"displayTimeUnit\": \"ms\",\n  \"baseTimeNanoseconds\": {BaseTimeNs}\n}}\n"));
        w.Flush();
        return (steps, g.Events, stream.Length);
    }

    private sealed class Generator(StreamWriter w, Random random)
    {
        private long _now = 4_458_676_416_000_000; // ns after the base time
        private long _gpuFree;
        private long _externalId;
        private long _correlation;
        private long _flowId;
        private long _evIdx;
        private bool _first = true;

        public long Events { get; private set; }

        public void Step(int step)
        {
            var stepStart = _now;
            var forwardFlows = new long[Layers];

            _now += 5_000;
            for (var layer = 0; layer < Layers; layer++)
            {
                var linearStart = _now;
                Advance(3_000);
                Cpu("aten::t", 2_000);
                Advance(500);
                var addmmStart = _now;
                Advance(2_000);
                Launch("void ampere_sgemm_128x64_tn<float, 4>(cutlass::gemm::GemmCoord, float const*, float const*, float*, int, int)", 40_000 + random.Next(4_000), 7);
                Advance(3_000);
                Slice("cpu_op", "aten::addmm", addmmStart, _now - addmmStart, MainTid, Args(("Sequence number", layer), ("Fwd thread id", 0)));
                Advance(1_000);
                forwardFlows[layer] = ++_flowId;
                FlowEnd("fwdbwd", forwardFlows[layer], start: true, linearStart, MainTid);
                Slice("cpu_op", "aten::linear", linearStart, _now - linearStart, MainTid, Args(("Sequence number", layer)));
                var reluStart = _now;
                Advance(2_000);
                Launch("void at::native::vectorized_elementwise_kernel<4, at::native::(anonymous namespace)::launch_clamp_scalar(at::TensorIteratorBase&, c10::Scalar, c10::Scalar, at::native::detail::ClampLimits)::{lambda()#1}::operator()() const::{lambda()#7}::operator()() const::{lambda(float)#1}, at::detail::Array<char*, 2> >(int, at::native::(anonymous namespace)::launch_clamp_scalar(at::TensorIteratorBase&, c10::Scalar, c10::Scalar, at::native::detail::ClampLimits)::{lambda()#1}::operator()() const::{lambda()#7}::operator()() const::{lambda(float)#1}, at::detail::Array<char*, 2>)", 8_000, 7);
                Advance(1_500);
                Slice("cpu_op", "aten::relu", reluStart, _now - reluStart, MainTid, Args(("Sequence number", layer)));
                Advance(1_000);
            }

            // Backward on the autograd thread, last layer first.
            for (var layer = Layers - 1; layer >= 0; layer--)
            {
                var evalStart = _now;
                Advance(2_000);
                FlowEnd("fwdbwd", forwardFlows[layer], start: false, _now, BackwardTid);
                var backwardStart = _now;
                for (var mm = 0; mm < 2; mm++)
                {
                    var mmStart = _now;
                    Advance(2_000);
                    Launch("void ampere_sgemm_64x64_nn<float, 4>(cutlass::gemm::GemmCoord, float const*, float const*, float*, int, int)", 35_000 + random.Next(4_000), 7, BackwardTid);
                    Advance(2_000);
                    Slice("cpu_op", "aten::mm", mmStart, _now - mmStart, BackwardTid, Args(("Sequence number", layer)));
                    Advance(500);
                }

                Slice("cpu_op", "AddmmBackward0", backwardStart, _now - backwardStart, BackwardTid, Args(("Sequence number", layer)));
                Advance(1_000);
                Slice("cpu_op", "autograd::engine::evaluate_function: AddmmBackward0", evalStart, _now - evalStart, BackwardTid, Args(("Sequence number", layer), ("Fwd thread id", 1)));
                var accStart = _now;
                Advance(4_000);
                Slice("cpu_op", "autograd::engine::evaluate_function: torch::autograd::AccumulateGrad", accStart, _now - accStart, BackwardTid, Args(("Sequence number", layer)));
                Advance(500);
                if (layer % 8 == 0)
                {
                    AllReduce(4_194_304 + layer);
                }
            }

            // The optimizer step on the main thread.
            for (var layer = 0; layer < Layers; layer++)
            {
                var addStart = _now;
                Advance(1_500);
                Launch("void at::native::vectorized_elementwise_kernel<4, at::native::AUnaryFunctor<float, float, float, at::native::binary_internal::MulFunctor<float> >, at::detail::Array<char*, 2> >(int, at::native::AUnaryFunctor<float, float, float, at::native::binary_internal::MulFunctor<float> >, at::detail::Array<char*, 2>)", 6_000, 7);
                Advance(1_500);
                Slice("cpu_op", "aten::add_", addStart, _now - addStart, MainTid, Args());
                Advance(500);
            }

            Advance(10_000);
            Slice("user_annotation", $"ProfilerStep#{step}", stepStart, _now - stepStart, MainTid, Args());
        }

        private void AllReduce(long nelems)
        {
            var start = _now;
            Advance(8_000);
            var ncclStart = _now;
            Advance(10_000);
            Launch("ncclKernel_AllReduce_RING_LL_Sum_float(ncclDevComm*, unsigned long, ncclWork*)", 900_000, 20, BackwardTid);
            Advance(60_000);
            Slice("user_annotation", "nccl:all_reduce", ncclStart, _now - ncclStart, BackwardTid, Args());
            Advance(8_000);
            Slice("cpu_op", "record_param_comms", start, _now - start, BackwardTid, Args(
                ("Process Group Name", "\"0\""), ("Out msg nelems", nelems), ("Process Group Ranks", "\"[0, 1, 2, 3, 4, 5, 6, 7]\""),
                ("Group size", 8), ("In msg nelems", nelems), ("dtype", "\"Float\""), ("Process Group Description", "\"default_pg\""),
                ("Collective name", "\"allreduce\"")));
            Advance(1_000);
        }

        private void Advance(long ns) => _now += ns + random.Next((int)(ns / 10) + 1);

        private void Cpu(string name, long dur)
        {
            Slice("cpu_op", name, _now, dur, MainTid, Args());
            _now += dur;
        }

        // A runtime launch on the given thread at the current time, its kernel on the stream, and the ac2g flow.
        private void Launch(string kernel, long kernelDur, int stream, long tid = MainTid)
        {
            var correlation = ++_correlation;
            var externalId = _externalId + 1;
            Slice("cuda_runtime", "cudaLaunchKernel", _now, 4_000, tid, Args(("cbid", 211), ("correlation", correlation)));
            FlowEnd("ac2g", correlation, start: true, _now, tid);
            var kernelStart = Math.Max(_now + 6_000, _gpuFree + 1_000);
            _gpuFree = kernelStart + kernelDur;
            Slice("kernel", kernel, kernelStart, kernelDur, stream, Args(
                ("queued", 0), ("device", 0), ("context", 1), ("stream", stream), ("correlation", correlation), ("registers per thread", 96),
                ("shared memory", 16384), ("blocks per SM", 1.185185), ("warps per SM", 4.740741), ("grid", "[128, 1, 1]"), ("block", "[128, 1, 1]"),
                ("est. achieved occupancy %", 7)), pid: 0, externalId: externalId);
            FlowEnd("ac2g", correlation, start: false, kernelStart, stream, pid: 0);
            _now += 4_000;
        }

        private static (string, object)[] Args(params (string, object)[] args) => args;

        private void Slice(string cat, string name, long startNs, long durNs, long tid, (string Key, object Value)[] args, long pid = Pid, long? externalId = null)
        {
            Separator();
            var id = externalId ?? ++_externalId;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"  {{\n    \"ph\": \"X\", \"cat\": \"{cat}\", \"name\": \"{name}\", \"pid\": {pid}, \"tid\": {tid},\n    \"ts\": {Micros(startNs)}, \"dur\": {Micros(durNs)},\n    \"args\": {{\n      \"External id\": {id},"));
            foreach (var (key, value) in args)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"\"{key}\": {value}, "));
            }

            w.Write(string.Create(CultureInfo.InvariantCulture, $"\"Ev Idx\": {_evIdx++}\n    }}\n  }}"));
        }

        private void FlowEnd(string cat, long id, bool start, long tsNs, long tid, long pid = Pid)
        {
            Separator();
            var bp = start ? "" : ", \"bp\": \"e\"";
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"  {{\n    \"ph\": \"{(start ? "s" : "f")}\", \"id\": {id}, \"pid\": {pid}, \"tid\": {tid},\n    \"ts\": {Micros(tsNs)}, \"cat\": \"{cat}\", \"name\": \"{cat}\"{bp}\n  }}"));
        }

        public void Metadata()
        {
            foreach (var (pid, tid, name) in new[] { (Pid, MainTid, "thread 2910249 (pt_main_thread)"), (Pid, BackwardTid, "thread 2919752 (pt_autograd_0)"), (0L, 7L, "stream 7 "), (0L, 20L, "stream 20 ") })
            {
                Separator();
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"  {{\n    \"name\": \"thread_name\", \"ph\": \"M\", \"ts\": 4458676416000.000, \"pid\": {pid}, \"tid\": {tid},\n    \"args\": {{\n      \"name\": \"{name}\"\n    }}\n  }}"));
            }

            Separator();
            w.Write("  {\n    \"name\": \"process_labels\", \"ph\": \"M\", \"ts\": 4458676416000.000, \"pid\": 0, \"tid\": 0,\n    \"args\": {\n      \"labels\": \"GPU 0\"\n    }\n  }");
        }

        private void Separator()
        {
            if (!_first)
            {
                w.Write(",\n");
            }

            _first = false;
            Events++;
        }

        private static string Micros(long ns) => string.Create(CultureInfo.InvariantCulture, $"{ns / 1000}.{ns % 1000:D3}");
    }
}
