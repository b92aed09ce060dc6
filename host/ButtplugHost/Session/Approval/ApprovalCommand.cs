using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Session.Approval;

/// <summary>
/// <c>--approve-client</c>, <c>--deny-client</c> and <c>--forget-client</c>: write a decision to the
/// client approvals file and exit. A running server watches that file, so a client waiting now is
/// answered at once.
/// </summary>
internal static class ApprovalCommand
{
    /// <summary>Runs one of the commands; returns the exit code.</summary>
    /// <param name="verb">approve, deny or forget.</param>
    public static int Run(IServiceProvider services, string verb, string name, string? origin)
    {
        var options = services.GetRequiredService<IOptions<ClientApprovalOptions>>().Value;
        var path = ClientApprovals.FileOf(options, services.GetRequiredService<IConfiguration>());
        if (path is null)
        {
            Console.Error.WriteLine("No client approvals file: give --client-approvals-file FILE (or --user-device-config-file, beside which it is kept).");
            return Configuration.ExitCodes.Usage;
        }
        var client = ClientIdentity.Of(name, origin);
        var found = false;
        try
        {
            ApprovalStore.Edit(path, clients =>
            {
                found = clients.Any(c => c.Identity == client);
                var others = clients.Where(c => c.Identity != client).ToList();
                if (verb != "forget")
                    others.Add(new RememberedClient(client.Name, client.Origin, verb == "approve" ? ClientDecision.Allow : ClientDecision.Deny, DateTimeOffset.UtcNow));
                return others;
            });
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Client approvals file {path}: {e.Message}");
            return Configuration.ExitCodes.InvalidJson;
        }
        Console.WriteLine(verb switch
        {
            "approve" => $"Approved {Describe(client)} in {path}.",
            "deny" => $"Denied {Describe(client)} in {path}.",
            _ => found ? $"Forgot the decision about {Describe(client)} in {path}." : $"No decision about {Describe(client)} in {path}.",
        });
        return 0;
    }

    private static string Describe(ClientIdentity client) => $"\"{Server.Security.UntrustedText.ForLog(client.Name)}\" (origin {Server.Security.UntrustedText.ForLog(client.Origin)})";

    /// <summary>
    /// The command that approves <paramref name="client"/> for good, quoted for a POSIX shell, as this
    /// server was started (dotnet and the dll, or the program); null when there is no file to write or
    /// the name holds characters a shell line cannot carry safely.
    /// </summary>
    public static string? ApproveCommand(ClientIdentity client, string? file)
    {
        if (file is null || client.Name.Any(char.IsControl) || client.Origin.Any(char.IsControl))
            return null;
        var command = new StringBuilder(Program());
        command.Append(" --client-approvals-file ").Append(Quote(file));
        command.Append(" --approve-client ").Append(Quote(client.Name));
        if (client.Origin != ClientIdentity.Native)
            command.Append(" --client-origin ").Append(Quote(client.Origin));
        return command.ToString();
    }

    private static string Program()
    {
        var process = Environment.ProcessPath ?? "ButtplugHost";
        var dll = typeof(ApprovalCommand).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) && dll.Length > 0
            ? $"{Quote(process)} {Quote(dll)}"
            : Quote(process);
    }

    // Single quotes take everything literally in a POSIX shell; a quote inside closes, escapes and reopens.
    internal static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '+' or '=' or ',' or '@')
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
