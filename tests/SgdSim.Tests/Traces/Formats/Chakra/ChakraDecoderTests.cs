using CsCheck;
using Google.Protobuf;
using SgdSim.Traces.Chakra;
using SgdSim.Traces.Chakra.Wire;

namespace SgdSim.Tests;

/// <summary>The hand-written node decoder reads what the generated protobuf code writes, whatever the encoding.</summary>
public sealed class ChakraDecoderTests
{
    private static readonly string[] Names = ["comm_size", "comm_src", "comm_dst", "comm_tag", "comm_type", "tid", "tensor_size", "is_cpu_op", "other"];
    private static readonly string[] TextNames = ["sgdsim_kind", "sgdsim_op", "sgdsim_device", "sgdsim_tensor", "sgdsim_parameter", "op_schema"];

    // Every scalar encoding a producer may pick for an integer attribute, and strings (also with non-ASCII text).
    private static readonly Gen<AttributeProto> Attributes = Gen.OneOf(
        from name in Pick(Names)
        from value in Gen.Long[-1_000_000, 10_000_000_000]
        from encoding in Gen.Int[0, 7]
        select Encode(name, value, encoding),
        from name in Pick(TextNames)
        from text in Pick("Compute", "/job:ps/replica:0/task:0/device:CPU:0", "wé/读", "")
        select new AttributeProto { Name = name, StringVal = text });

    private static readonly Gen<Node> Nodes =
        from id in Gen.ULong
        from name in Gen.String
        from type in Gen.Int[0, 10]
        from data in Gen.ULong[0, 1UL << 40].Array[0, 6]
        from ctrl in Gen.ULong.Array[0, 4]
        from start in Gen.ULong[0, 1UL << 52]
        from duration in Gen.ULong[0, 1UL << 40]
        from attributes in Attributes.Array[0, 8]
        select new Node
        {
            Id = id,
            Name = name,
            Type = (NodeType)type,
            DataDeps = { data },
            CtrlDeps = { ctrl },
            StartTimeMicros = start,
            DurationMicros = duration,
            Attr = { attributes },
        };

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static AttributeProto Encode(string name, long value, int encoding)
    {
        var a = new AttributeProto { Name = name };
        switch (encoding)
        {
            case 0: a.Int64Val = value; break;
            case 1: a.Int32Val = unchecked((int)value); break;
            case 2: a.Uint64Val = (ulong)Math.Abs(value); break;
            case 3: a.Sint64Val = value; break;
            case 4: a.Sfixed64Val = value; break;
            case 5: a.Fixed32Val = unchecked((uint)value); break;
            case 6: a.Sint32Val = unchecked((int)value); break;
            default: a.BoolVal = value % 2 == 0; break;
        }

        return a;
    }

    [Fact]
    public void The_decoder_reads_every_field_the_generated_parser_reads()
    {
        Nodes.Sample(node =>
        {
            var decoder = new ChakraNodeDecoder();
            var record = decoder.Decode(node.ToByteArray());
            var parsed = Node.Parser.ParseFrom(node.ToByteArray());

            Assert.Equal((parsed.Id, parsed.Name, parsed.Type, parsed.StartTimeMicros, parsed.DurationMicros),
                (record.Id, decoder.Text(record.Name), record.Type, record.StartUs, record.DurationUs));
            Assert.Equal(parsed.DataDeps, decoder.Deps.Skip(record.DepStart).Take(record.DataCount));
            Assert.Equal(parsed.CtrlDeps, decoder.Deps.Skip(record.DepStart + record.DataCount).Take(record.CtrlCount));
            Assert.Equal(Last("comm_size"), record.CommSize);
            Assert.Equal(Last("comm_src"), record.CommSrc);
            Assert.Equal(Last("tid"), record.Tid);
            Assert.Equal(Last("is_cpu_op"), record.IsCpu);
            Assert.Equal(Text("sgdsim_device"), record.Device);
            Assert.Equal(Text("sgdsim_tensor"), record.Tensor.IsPresent ? decoder.Text(record.Tensor) : null);

            long Last(string name) => parsed.Attr.LastOrDefault(a => a.Name == name) is { } a ? ChakraAttributes.Integer(a) ?? ChakraNodeRecord.Absent : ChakraNodeRecord.Absent;
            string? Text(string name) => parsed.Attr.LastOrDefault(a => a.Name == name) is { } a ? ChakraAttributes.Text(a) : null;
        }, iter: 300);
    }

    [Fact]
    public void Unpacked_dependencies_and_unknown_fields_read_as_the_generated_parser_reads_them()
    {
        using var memory = new MemoryStream();
        var output = new CodedOutputStream(memory);
        output.WriteTag(1, WireFormat.WireType.Varint);
        output.WriteUInt64(7);
        output.WriteTag(5, WireFormat.WireType.Varint);   // one data dependency, not packed
        output.WriteUInt64(3);
        output.WriteTag(8, WireFormat.WireType.LengthDelimited);   // IOInfo, not kept
        output.WriteString("x");
        output.WriteTag(99, WireFormat.WireType.Fixed64);   // a field from a later schema
        output.WriteFixed64(1);
        output.WriteTag(5, WireFormat.WireType.Varint);
        output.WriteUInt64(4);
        output.Flush();
        var bytes = memory.ToArray();

        var decoder = new ChakraNodeDecoder();
        var record = decoder.Decode(bytes);

        Assert.Equal(7UL, record.Id);
        Assert.Equal([3UL, 4UL], decoder.Deps.Skip(record.DepStart).Take(record.DataCount));
        Assert.Equal(Node.Parser.ParseFrom(bytes).DataDeps, decoder.Deps.Skip(record.DepStart).Take(record.DataCount));
    }

    [Theory]
    [InlineData(1_000_000, true)]
    [InlineData(1_000_000, false)]
    public void Groups_nested_a_million_deep_are_skipped_without_recursion(int depth, bool closedRightly)
    {
        using var memory = new MemoryStream();
        var output = new CodedOutputStream(memory);
        output.WriteTag(1, WireFormat.WireType.Varint);
        output.WriteUInt64(7);
        for (var i = 0; i < depth; i++)
        {
            output.WriteTag(99, WireFormat.WireType.StartGroup);
        }

        for (var i = 0; i < depth; i++)
        {
            output.WriteTag(closedRightly || i < depth - 1 ? 99 : 98, WireFormat.WireType.EndGroup);
        }

        output.Flush();
        var bytes = memory.ToArray();

        var decoder = new ChakraNodeDecoder();
        if (closedRightly)
        {
            Assert.Equal(7UL, decoder.Decode(bytes).Id);
        }
        else
        {
            Assert.Throws<MalformedMessageException>(() => decoder.Decode(bytes));
        }
    }

    [Fact]
    public void A_field_running_past_its_message_is_malformed()
    {
        var bytes = new Node { Name = "cut short" }.ToByteArray();

        Assert.Throws<MalformedMessageException>(() => new ChakraNodeDecoder().Decode(bytes[..^2]));
        Assert.Throws<InvalidProtocolBufferException>(() => Node.Parser.ParseFrom(bytes[..^2]));
    }
}
