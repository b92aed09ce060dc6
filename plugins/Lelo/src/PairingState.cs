namespace ButtplugHost.Plugins.Lelo;

/// <summary>What a notification on a Lelo security characteristic says.</summary>
public enum PairingState
{
    /// <summary>Not authorised yet: the user has to press the power button.</summary>
    NotAuthorised,
    /// <summary>The connection is authorised.</summary>
    Authorised,
    /// <summary>The device sent its password, which must be written back.</summary>
    Password,
}

/// <summary>How the two generations of Lelo firmware report their pairing state.</summary>
public static class PairingStates
{
    private static readonly byte[] NotAuthorisedValue = [0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] AuthorisedValue = [1, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>F1s V2: exactly eight zero bytes, or 1 followed by seven zeros; anything else is a password.</summary>
    public static PairingState F1sV2(ReadOnlySpan<byte> value) =>
        value.SequenceEqual(NotAuthorisedValue) ? PairingState.NotAuthorised
        : value.SequenceEqual(AuthorisedValue) ? PairingState.Authorised
        : PairingState.Password;

    /// <summary>Harmony: all zeros (any length), or 1 followed only by zeros; anything else is a password.</summary>
    public static PairingState Harmony(ReadOnlySpan<byte> value) =>
        !value.ContainsAnyExcept((byte)0) ? PairingState.NotAuthorised
        : value[0] == 1 && !value[1..].ContainsAnyExcept((byte)0) ? PairingState.Authorised
        : PairingState.Password;
}
