using SgdSim.Tests.Support;

namespace SgdSim.Tests;

/// <summary>A damaged or empty XSpace gets one line on stderr naming the file and the problem, and exit code 2.</summary>
public sealed class XSpaceBadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var file = _dir.File(name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    [Fact]
    public void An_xspace_of_another_name_without_host_or_task_is_read_with_its_file_name_as_the_node()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("tf_Compute/1", timestampNs: 1_000).Event("dense/MatMul:MatMul", 0, 1_000_000);

        var result = CliRunner.Run("inspect", Write("p.pb", space.ToBytes()));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("p.pb names no TensorFlow task", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_xspace_is_refused()
    {
        var bytes = XSpaceBuilder.WorkerStep().ToBytes();

        var result = CliRunner.Run("inspect", Write("cut.xplane.pb", bytes[..(bytes.Length * 2 / 3)]));

        Refusal.AssertOneLine(result, "cut.xplane.pb", "not a valid XSpace protobuf (the data ends in the middle of a field (truncated)");
    }

    [Fact]
    public void A_corrupt_xspace_is_refused()
    {
        // A plane whose name claims more bytes than the plane holds.
        var result = CliRunner.Run("inspect", Write("bad.xplane.pb", [0x0A, 0x04, 0x12, 0x7F, 0x41, 0x42]));

        Refusal.AssertOneLine(result, "bad.xplane.pb", "not a valid XSpace protobuf");
    }

    [Fact]
    public void An_invalid_wire_type_is_refused_with_its_place()
    {
        // A plane (field 1) with an id, then lines (field 3) that come as a fixed32 instead of a message.
        var result = CliRunner.Run("inspect", Write("wire.xplane.pb", [0x0A, 0x04, 0x08, 0x01, 0x1D, 0x00]));

        Refusal.AssertOneLine(result, "wire.xplane.pb", "field 3 has wire type 5, not 2 at byte 5");
    }

    [Fact]
    public void A_file_of_another_format_named_like_an_xspace_is_refused()
    {
        var result = CliRunner.Run("inspect", Write("photo.xplane.pb", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));

        Refusal.AssertOneLine(result, "photo.xplane.pb", "not a trace format SgdSim reads");
    }

    [Fact]
    public void An_xspace_without_planes_is_refused()
    {
        var result = CliRunner.Run("inspect", new XSpaceBuilder().HostName("worker0").WriteTo(_dir.File("empty.xplane.pb")));

        Refusal.AssertOneLine(result, "empty.xplane.pb", "no planes");
    }

    [Fact]
    public void An_xspace_whose_planes_hold_no_events_is_refused()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("python3", 0);
        space.Plane("/device:GPU:0");

        var result = CliRunner.Run("inspect", space.WriteTo(_dir.File("quiet.xplane.pb")));

        Refusal.AssertOneLine(result, "quiet.xplane.pb", "2 plane(s) (/host:CPU, /device:GPU:0) with no timed events");
    }

    [Fact]
    public void An_xspace_without_tf_ops_is_refused()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("python3", 0).Event("MemoryAllocation", 0, 0).Event("ExecutorState::Process", 10, 10);

        var result = CliRunner.Run("inspect", space.WriteTo(_dir.File("runtime.xplane.pb")));

        Refusal.AssertOneLine(result, "runtime.xplane.pb", "2 event(s), none of them a TensorFlow op");
    }

    [Fact]
    public void An_overflowing_time_is_refused()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("python3", long.MaxValue - 10).Event("a:MatMul", 1_000_000, 10);

        var result = CliRunner.Run("inspect", space.WriteTo(_dir.File("far.xplane.pb")));

        Refusal.AssertOneLine(result, "far.xplane.pb", "event 'a:MatMul' on line 'python3' of /host:CPU has a time that overflows");
    }

    [Fact]
    public void A_negative_duration_is_refused()
    {
        var space = new XSpaceBuilder();
        space.Plane(XSpaceBuilder.Host).Line("python3", 1_000).Event("a:MatMul", 5_000_000, -3_000_000);

        var result = CliRunner.Run("inspect", space.WriteTo(_dir.File("neg.xplane.pb")));

        Refusal.AssertOneLine(result, "neg.xplane.pb", "op 'a' in step 0 has a negative duration");
    }
}
