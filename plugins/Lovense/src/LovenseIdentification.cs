using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>
/// Asks a toy <c>DeviceType;</c> on tx and reads the answer from rx, asking again after each
/// unanswered wait; a toy that never answers is identified by its BLE name, else gets the defaults.
/// </summary>
internal static class LovenseIdentification
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The model identifier, or null for the protocol's defaults.</returns>
    /// <exception cref="ProtocolException">The answer is not text, or the toy disconnected.</exception>
    public static async Task<string?> IdentifyAsync(IHardware hardware, LovenseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        // Any notification answers: toys send nothing unasked before they are identified.
        using var waiter = new ReplyWaiter(hardware, _ => true);
        await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            await LovenseCommands.Tx(LovenseCommands.DeviceType).ExecuteAsync(hardware, cancellationToken);
            var reply = await waiter.WaitAsync(options.IdentifyReplyTimeout, cancellationToken);
            if (reply is not null)
                return FromReply(reply, logger);
            if (attempt >= options.IdentifyRetries)
                return FromName(hardware.Identity.Name, options, logger);
        }
    }

    private static string FromReply(byte[] reply, ILogger logger)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(reply);
        }
        catch (DecoderFallbackException e)
        {
            throw new ProtocolException("Lovense toy answered DeviceType; with bytes that are not UTF-8 text.", e);
        }
        var identifier = DeviceTypeReply.ToIdentifier(text);
        if (identifier == DeviceTypeReply.Unrecognised)
            logger.LogWarning("Lovense toy answered DeviceType; with '{Reply}', which has no type; using the default model.", text);
        else
            logger.LogInformation("Lovense toy identified as type {Identifier} ('{Reply}').", identifier, text);
        return identifier;
    }

    private static string? FromName(string name, LovenseOptions options, ILogger logger)
    {
        var identifier = DeviceTypeReply.FromAdvertisedName(name);
        logger.LogWarning("Lovense toy '{Name}' did not answer DeviceType; ({Tries} tries); {Outcome}.", name, options.IdentifyRetries + 1,
            identifier is null ? "using the default model" : $"type {identifier} taken from its name");
        return identifier;
    }
}
