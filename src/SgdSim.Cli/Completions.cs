using System.CommandLine;

namespace SgdSim.Cli;

/// <summary>
/// Tab completion: the shell runs <c>sgdsim [suggest:POSITION] "COMMAND LINE"</c> and offers the lines printed, one
/// completion each (the protocol of System.CommandLine's <c>SuggestDirective</c>, which only a <c>RootCommand</c>
/// carries; ours is a plain command so that help says <c>sgdsim</c> whatever runs it). <c>sgdsim completions SHELL</c>
/// prints the script that hooks this into bash, zsh, fish or PowerShell; dotnet-suggest's shims ask the same way.
/// </summary>
internal static class Completions
{
    private const string Directive = "[suggest";

    /// <summary>The shells <c>sgdsim completions</c> writes a script for, and the script of each.</summary>
    public static IReadOnlyDictionary<string, string> Scripts { get; } = new Dictionary<string, string>
    {
        ["bash"] = """
            # sgdsim tab completion for bash: eval "$(sgdsim completions bash)", e.g. in ~/.bashrc
            _sgdsim_complete() {
                local line="${COMP_LINE:0:COMP_POINT}" IFS=$'\n'
                local cur="${COMP_WORDS[COMP_CWORD]}" whole="${line##* }"
                COMPREPLY=($(sgdsim "[suggest:${#line}]" "$line" 2>/dev/null))
                # bash splits words at ':' and '=': offer only what follows the current word's start
                if [[ "$whole" != "$cur" ]]; then
                    local cut="${whole%"$cur"}" i
                    for i in "${!COMPREPLY[@]}"; do COMPREPLY[$i]="${COMPREPLY[$i]#"$cut"}"; done
                fi
            }
            complete -o default -F _sgdsim_complete sgdsim
            """,
        ["zsh"] = """
            # sgdsim tab completion for zsh: eval "$(sgdsim completions zsh)", e.g. in ~/.zshrc (after compinit)
            _sgdsim() {
                local line="${BUFFER[1,CURSOR]}"
                local -a completions
                completions=("${(@f)$(sgdsim "[suggest:${#line}]" "$line" 2>/dev/null)}")
                if (( ${#completions[@]} > 0 )) && [[ -n "${completions[1]}" ]]; then
                    compadd -Q -- "${completions[@]}"
                else
                    _files
                fi
            }
            compdef _sgdsim sgdsim
            """,
        ["fish"] = """
            # sgdsim tab completion for fish: sgdsim completions fish > ~/.config/fish/completions/sgdsim.fish
            # Files only where sgdsim suggests nothing (a trace, a folder), not mixed into an option's values.
            function __sgdsim_complete
                set -l line (commandline -cp)
                set -l suggestions (sgdsim "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null)
                if test (count $suggestions) -gt 0
                    printf '%s\n' $suggestions
                else
                    __fish_complete_path (commandline -ct)
                end
            end
            complete -c sgdsim -f -a '(__sgdsim_complete)'
            """,
        ["pwsh"] = """
            # sgdsim tab completion for PowerShell: sgdsim completions pwsh | Out-String | Invoke-Expression, e.g. in $PROFILE
            Register-ArgumentCompleter -Native -CommandName sgdsim -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $line = $commandAst.ToString().PadRight($cursorPosition - $commandAst.Extent.StartOffset)
                $line = $line.Substring(0, $cursorPosition - $commandAst.Extent.StartOffset)
                sgdsim "[suggest:$($line.Length)]" "$line" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }
            """,
    };

    /// <summary><c>sgdsim completions SHELL</c>: prints the completion script of a shell.</summary>
    public static Command Command(TextWriter stdout)
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash, zsh, fish or pwsh." };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        var command = new Command("completions", """
            Print the script that makes the shell complete sgdsim's commands, options and their values (with
            nothing else to install).

            Examples:
              eval "$(sgdsim completions bash)"                  (in ~/.bashrc)
              eval "$(sgdsim completions zsh)"                   (in ~/.zshrc, after compinit)
              sgdsim completions fish > ~/.config/fish/completions/sgdsim.fish
              sgdsim completions pwsh | Out-String | Invoke-Expression   (in $PROFILE)
            """)
        {
            shell,
        };
        command.SetAction(parse =>
        {
            stdout.Write(Scripts[parse.GetValue(shell)!].ReplaceLineEndings("\n"));
            stdout.Write('\n');
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Whether <paramref name="args"/> ask for completions: <c>[suggest]</c> or <c>[suggest:N]</c> first.</summary>
    public static bool IsRequest(string[] args) =>
        args is [var first, ..] && first.StartsWith(Directive, StringComparison.Ordinal) && first.EndsWith(']')
        && (first.Length == Directive.Length + 1 || first[Directive.Length] == ':');

    /// <summary>Prints the completions of the command line in <paramref name="args"/> at its position (default: its end).</summary>
    public static int Answer(Command root, string[] args, TextWriter stdout)
    {
        var line = string.Join(' ', args.Skip(1));
        var position = args[0].Length > Directive.Length + 1 && int.TryParse(args[0][(Directive.Length + 1)..^1], out var p)
            ? Math.Clamp(p, 0, line.Length)
            : line.Length;
        // Only what continues the word being typed (System.CommandLine also offers names that merely contain it), so
        // that a shell falls back to file names where nothing does; after '=' or ':' the value is that word's end.
        var word = line[..position];
        word = word[(word.LastIndexOf(' ') + 1)..];
        var value = word[(word.LastIndexOfAny(['=', ':']) + 1)..];
        foreach (var label in root.Parse(line).GetCompletions(position).Select(c => c.Label).Distinct()
                     .Where(l => l.StartsWith(word, StringComparison.Ordinal) || l.StartsWith(value, StringComparison.Ordinal)))
        {
            stdout.WriteLine(label);
        }

        return ExitCodes.Ok;
    }
}
