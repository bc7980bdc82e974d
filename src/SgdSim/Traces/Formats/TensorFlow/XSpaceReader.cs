namespace SgdSim.Traces.TensorFlow;

/// <summary>
/// Reads the TF2 profiler's XSpace (<c>&lt;host&gt;.xplane.pb</c>, what <c>tf.profiler.experimental</c> and the
/// profiler server write): one file per host, or a folder of them (one node each).
/// </summary>
/// <remarks>
/// <para>The host plane <c>/host:CPU</c> gives the ops' CPU side: events named <c>name:Type</c> on its threads
/// (one lane per thread). Each <c>/device:GPU:N</c> plane gives their GPU side: kernels and copies on its streams
/// (one lane per stream), joined into one op per TF op by the op their stats name (<c>tf_op</c>, <c>level 0</c> or
/// <c>annotation</c>). Lines the profiler derives from these (<c>TensorFlow Ops</c>, name scopes, XLA) are not read
/// again. Runtime events that are not TF ops (executor, allocator, tf.data) are left out.</para>
/// <para>Steps come from the <c>Steps</c> lines: an op joins the step of its <c>group_id</c>, or the step whose time
/// holds it when it has none; ops of other groups (tf.data, function setup) belong to no step. Without a
/// <c>Steps</c> line, host events with a <c>step_num</c> stat mark the steps; without either, the file is one step.</para>
/// <para>Collectives (<c>CollectiveReduce</c>, <c>Nccl*</c>) are ops of kind <see cref="OpKind.Other"/> sized by the
/// tensor their <c>shape</c> stat describes: one worker's trace shows neither its peers nor the bytes on the wire.
/// <c>_Send</c>/<c>_Recv</c>/<c>_HostSend</c>/<c>_HostRecv</c> are transfers between nodes only when a stat carries
/// a rendezvous key naming devices of two tasks; otherwise they move tensors within the host and are ops of kind
/// <see cref="OpKind.Other"/>. Unclaimed GPU copies keep their size from <c>memcpy_details</c>.</para>
/// </remarks>
public static class XSpaceReader
{
    /// <summary>The format name this reader reports.</summary>
    public const string FormatName = "tensorflow-xspace";

    internal const string FileSuffix = ".xplane.pb";

    /// <summary>Reads an <c>.xplane.pb</c> file, or a folder of them, into a trace.</summary>
    /// <exception cref="InvalidTraceException">A file is not an XSpace, is damaged, or holds no TF ops.</exception>
    public static Trace Read(string path)
    {
        var files = TraceFiles.List(path, static f => f.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase));
        var hosts = files.Select(XSpaceFile.Read).ToArray();
        try
        {
            return new XSpaceAssembler(path, hosts).Build();
        }
        catch (TfNameException e)
        {
            throw e.InFile(path);
        }
    }
}
