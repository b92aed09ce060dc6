using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices.Ownership;

/// <summary>Something that drives device outputs on its own account: a connected client.</summary>
internal interface IOutputOwner
{
    /// <summary>How the owner appears in log lines and on the status page (escaped: it is untrusted text).</summary>
    string OwnerName { get; }

    /// <summary>True while the owner is subscribed to an input (so another owner's stop leaves it subscribed).</summary>
    bool ListensTo(uint deviceIndex, int featureIndex, InputType type);
}
