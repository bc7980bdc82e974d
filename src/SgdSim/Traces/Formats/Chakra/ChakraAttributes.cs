using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Traces.Chakra;

/// <summary>
/// Names of the node and metadata attributes SgdSim reads and writes. The <c>comm_*</c>, <c>is_cpu_op</c>,
/// <c>tensor_size</c> and <c>tid</c> ones are Chakra's; the <c>sgdsim_*</c> ones carry what the trace model knows
/// and Chakra has no field for (a node's role, an op's kind and device), so that an exported trace reads back the
/// same. Other tools ignore attributes they do not know.
/// </summary>
public static class ChakraAttributes
{
    /// <summary>Bytes a send, receive or collective moves.</summary>
    public const string CommSize = "comm_size";

    /// <summary>The rank a receive comes from.</summary>
    public const string CommSrc = "comm_src";

    /// <summary>The rank a send goes to.</summary>
    public const string CommDst = "comm_dst";

    /// <summary>The tag that pairs a send with its receive.</summary>
    public const string CommTag = "comm_tag";

    /// <summary>A collective's kind (<see cref="CollectiveCommType"/>).</summary>
    public const string CommType = "comm_type";

    /// <summary>Whether the op runs on the host CPU rather than an accelerator.</summary>
    public const string IsCpuOp = "is_cpu_op";

    /// <summary>Bytes a memory load or store moves.</summary>
    public const string TensorSize = "tensor_size";

    /// <summary>The thread or stream a PyTorch-derived node ran on.</summary>
    public const string Tid = "tid";

    /// <summary>Metadata: the name of the node (task) whose graph the file holds.</summary>
    public const string NodeName = "sgdsim_node";

    /// <summary>Metadata: its role, <c>worker</c>, <c>ps</c> or <c>other</c>.</summary>
    public const string NodeRole = "sgdsim_role";

    /// <summary>Metadata: its task index within its job.</summary>
    public const string TaskIndex = "sgdsim_task";

    /// <summary>An op's <see cref="OpKind"/>, by name.</summary>
    public const string Kind = "sgdsim_kind";

    /// <summary>An op's type (<c>MatMul</c>, <c>RecvTensor</c>).</summary>
    public const string OpType = "sgdsim_op";

    /// <summary>The device an op ran on.</summary>
    public const string Device = "sgdsim_device";

    /// <summary>The tensor a transfer carries.</summary>
    public const string Tensor = "sgdsim_tensor";

    /// <summary>The parameter an op belongs to.</summary>
    public const string Parameter = "sgdsim_parameter";

    /// <summary>An attribute holding a string.</summary>
    public static AttributeProto Of(string name, string value) => new() { Name = name, StringVal = value };

    /// <summary>An attribute holding a 64-bit integer.</summary>
    public static AttributeProto Of(string name, long value) => new() { Name = name, Int64Val = value };

    /// <summary>An attribute holding a 32-bit integer.</summary>
    public static AttributeProto Of(string name, int value) => new() { Name = name, Int32Val = value };

    /// <summary>An attribute holding a boolean.</summary>
    public static AttributeProto Of(string name, bool value) => new() { Name = name, BoolVal = value };

    /// <summary>An attribute's value as an integer, whichever integer (or boolean) encoding it uses; <c>null</c> otherwise.</summary>
    public static long? Integer(AttributeProto attribute) => attribute.ValueCase switch
    {
        AttributeProto.ValueOneofCase.Int32Val => attribute.Int32Val,
        AttributeProto.ValueOneofCase.Int64Val => attribute.Int64Val,
        AttributeProto.ValueOneofCase.Uint32Val => attribute.Uint32Val,
        AttributeProto.ValueOneofCase.Uint64Val => attribute.Uint64Val <= long.MaxValue ? (long)attribute.Uint64Val : null,
        AttributeProto.ValueOneofCase.Sint32Val => attribute.Sint32Val,
        AttributeProto.ValueOneofCase.Sint64Val => attribute.Sint64Val,
        AttributeProto.ValueOneofCase.Fixed32Val => attribute.Fixed32Val,
        AttributeProto.ValueOneofCase.Fixed64Val => attribute.Fixed64Val <= long.MaxValue ? (long)attribute.Fixed64Val : null,
        AttributeProto.ValueOneofCase.Sfixed32Val => attribute.Sfixed32Val,
        AttributeProto.ValueOneofCase.Sfixed64Val => attribute.Sfixed64Val,
        AttributeProto.ValueOneofCase.BoolVal => attribute.BoolVal ? 1 : 0,
        _ => null,
    };

    /// <summary>An attribute's value as a string; <c>null</c> when it holds something else.</summary>
    public static string? Text(AttributeProto attribute) =>
        attribute.ValueCase == AttributeProto.ValueOneofCase.StringVal ? attribute.StringVal : null;
}
