using System.Globalization;

namespace SgdSim.Traces.PyTorch;

/// <summary>What the names of PyTorch profiler events say: steps, collectives, element types.</summary>
internal static class KinetoNames
{
    public const string StepPrefix = "ProfilerStep#";

    /// <summary>The step number of a <c>ProfilerStep#N</c> span, or null for any other name.</summary>
    public static long? StepNumber(string name) =>
        name.StartsWith(StepPrefix, StringComparison.Ordinal) &&
        long.TryParse(name.AsSpan(StepPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    /// <summary>
    /// A collective's span: <c>record_param_comms</c> (which carries the sizes) or the process group's own span
    /// (<c>nccl:all_reduce</c>, <c>gloo:broadcast</c>, …).
    /// </summary>
    public static bool IsCollective(string name) =>
        name == "record_param_comms" || name.StartsWith("nccl:", StringComparison.Ordinal) ||
        name.StartsWith("gloo:", StringComparison.Ordinal) || name.StartsWith("mpi:", StringComparison.Ordinal);

    /// <summary>An NCCL kernel on a GPU stream: the device side of a collective.</summary>
    public static bool IsCollectiveKernel(string name) =>
        name.StartsWith("ncclKernel", StringComparison.Ordinal) || name.StartsWith("ncclDevKernel", StringComparison.Ordinal);

    /// <summary>The size in bytes of one element of a dtype as the profiler spells it (<c>Float</c>, <c>float</c>,
    /// <c>c10::Half</c>, <c>unsigned char</c>, …); null when unknown.</summary>
    public static int? ElementSize(string? dtype)
    {
        if (dtype is null)
        {
            return null;
        }

        var t = dtype.StartsWith("c10::", StringComparison.Ordinal) ? dtype[5..] : dtype;
        return t.ToLowerInvariant() switch
        {
            "float" or "float32" or "int" or "int32" or "unsigned int" or "uint32" or "complexhalf" => 4,
            "double" or "float64" or "long" or "long int" or "int64" or "long long" or "complexfloat" or "unsigned long" => 8,
            "half" or "float16" or "bfloat16" or "short" or "int16" => 2,
            "byte" or "char" or "bool" or "unsigned char" or "signed char" or "int8" or "uint8" or "float8_e4m3fn" or "float8_e5m2" => 1,
            "complexdouble" => 16,
            _ => null,
        };
    }

    /// <summary>
    /// A kernel's name without its return type, template arguments and parameters
    /// (<c>void at::native::vectorized_elementwise_kernel&lt;4, …&gt;(int, …)</c> →
    /// <c>at::native::vectorized_elementwise_kernel</c>): the full signature is hundreds of characters.
    /// </summary>
    public static string ShortKernelName(string name)
    {
        var span = name.AsSpan();
        if (span.StartsWith("void "))
        {
            span = span[5..];
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '<' || (span[i] == '(' && !span[i..].StartsWith("(anonymous namespace)")))
            {
                span = span[..i];
                break;
            }
        }

        return span.Length == 0 ? name : span.Length == name.Length ? name : span.ToString();
    }

    /// <summary>The collective an op performs, for its type: <c>nccl:all_reduce</c> → <c>all_reduce</c>.</summary>
    public static string CollectiveType(string spanName, string? argName) =>
        argName ?? (spanName.IndexOf(':') is var colon and > 0 ? spanName[(colon + 1)..] : spanName);
}
