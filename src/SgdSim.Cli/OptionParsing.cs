using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace SgdSim.Cli;

/// <summary>
/// The one parsing layer of every option's value: numbers and names are parsed by the option itself, so a value that
/// does not parse and one out of range get the same one-line refusal naming the option, never an exception or a
/// multi-line list.
/// </summary>
internal static class OptionParsing
{
    /// <summary>Requires the option's value to be a number of type <typeparamref name="T"/> of at least
    /// <paramref name="minimum"/>.</summary>
    public static void AtLeast<T>(Option<T> option, T minimum)
        where T : struct, INumber<T> => Bounded(option, v => v >= minimum, $"{minimum} or more");

    /// <summary>As <see cref="AtLeast{T}(Option{T}, T)"/>, for an option that may be left out.</summary>
    public static void AtLeast<T>(Option<T?> option, T minimum)
        where T : struct, INumber<T> => Bounded(option, v => v >= minimum, $"{minimum} or more");

    /// <summary>Requires the option's value to be a number of type <typeparamref name="T"/> that
    /// <paramref name="accepted"/> accepts; <paramref name="requirement"/> says which, after "must be".</summary>
    // A validator asking a value that did not convert ("--steps abc") throws, so the value is parsed here rather than
    // checked after the parser's own conversion.
    public static void Bounded<T>(Option<T> option, Func<T, bool> accepted, string requirement)
        where T : struct, INumber<T> => option.CustomParser = result => Parse(result, option.Name, accepted, requirement) ?? default;

    /// <summary>As <see cref="Bounded{T}(Option{T}, Func{T, bool}, string)"/>, for an option that may be left out.</summary>
    public static void Bounded<T>(Option<T?> option, Func<T, bool> accepted, string requirement)
        where T : struct, INumber<T> => option.CustomParser = result => Parse(result, option.Name, accepted, requirement);

    /// <summary>Requires the option's value to be one of <paramref name="names"/> (and offers them to tab completion).</summary>
    public static void OneOf(Option<string> option, params string[] names)
    {
        option.CustomParser = result =>
        {
            var text = Text(result);
            if (names.Contains(text, StringComparer.Ordinal))
            {
                return text;
            }

            result.AddError($"{option.Name}: '{text}' is not one of {string.Join(", ", names)}.");
            return null;
        };
        option.CompletionSources.Add(names);
    }

    /// <summary>
    /// Completes the parsing of every option and argument under <paramref name="command"/>: a number option with no
    /// parser of its own gets the plain one ("must be a whole number"), so that none is left to the library's conversion
    /// and its exception; a file or folder (every argument, and the options in <see cref="PathOptions"/>) may not be
    /// empty.
    /// </summary>
    public static void Complete(Command command)
    {
        foreach (var argument in command.Arguments.Where(a => a.ValueType == typeof(string) || a.ValueType == typeof(string[])))
        {
            argument.Validators.Add(result => RefuseEmpty(result, $"the {argument.Name} argument"));
        }

        foreach (var option in command.Options.Where(o => PathOptions.Contains(o.Name)))
        {
            option.Validators.Add(result => RefuseEmpty(result, option.Name));
        }

        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int> { CustomParser: null } o: Bounded(o, _ => true, "a whole number"); break;
                case Option<int?> { CustomParser: null } o: Bounded(o, _ => true, "a whole number"); break;
                case Option<long> { CustomParser: null } o: Bounded(o, _ => true, "a whole number"); break;
                case Option<long?> { CustomParser: null } o: Bounded(o, _ => true, "a whole number"); break;
                case Option<double> { CustomParser: null } o: Bounded(o, double.IsFinite, "a number"); break;
                case Option<double?> { CustomParser: null } o: Bounded(o, double.IsFinite, "a number"); break;
            }
        }

        foreach (var subcommand in command.Subcommands)
        {
            Complete(subcommand);
        }
    }

    /// <summary>The options whose value names a file or folder.</summary>
    public static readonly IReadOnlySet<string> PathOptions = new HashSet<string>(StringComparer.Ordinal) { "--out", "--tensor-bytes", "--measured", "--logdir" };

    private static void RefuseEmpty(SymbolResult result, string name)
    {
        if (result.Tokens.Any(t => t.Value.Trim().Length == 0))
        {
            result.AddError($"{name} is empty: give a file or folder.");
        }
    }

    /// <summary>The option's value as typed (its tokens joined, for a value split over several).</summary>
    public static string Text(ArgumentResult result) =>
        result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(" ", result.Tokens.Select(t => t.Value));

    /// <summary>The name of the option whose value <paramref name="result"/> is, as the user typed it.</summary>
    public static string NameOf(ArgumentResult result) =>
        result.Parent is OptionResult { IdentifierToken.Value: { Length: > 0 } typed } ? typed : result.Argument.Name;

    private static T? Parse<T>(ArgumentResult result, string name, Func<T, bool> accepted, string requirement)
        where T : struct, INumber<T>
    {
        // Float for whole numbers too: a size may be written 1e6; a fraction does not parse as one.
        if (T.TryParse(Text(result), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && accepted(value))
        {
            return value;
        }

        result.AddError($"{name} must be {requirement}.");
        return null;
    }
}
