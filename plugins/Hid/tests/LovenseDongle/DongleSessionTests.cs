using ButtplugHost.Plugins.Hid.LovenseDongle;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Hid.Tests.LovenseDongle;

/// <summary>The dongle conversation without I/O: lines out, lines in, toys and scan ends reported.</summary>
public class DongleSessionTests
{
    private const string Id = "c44ebe0e7f7e";
    private static readonly TimeSpan StatusWait = TimeSpan.FromMilliseconds(250);

    private readonly FakeTimeProvider _clock = new();
    private readonly List<string> _sent = [];
    private readonly Events _events = new();

    private DongleSession Start(bool scanWanted) => new(_sent.Add, _events, _clock, StatusWait, scanWanted, NullLogger.Instance);

    [Fact]
    public void Found_by_a_search_stop_search_then_connect()
    {
        var session = Start(scanWanted: true);
        Assert.Equal([DongleRequests.Status()], _sent);
        _clock.Advance(StatusWait);
        Assert.Equal([DongleRequests.Status(), DongleRequests.Search()], _sent);

        session.OnLine("""{"type":"usb","func":"search","result":205}""");
        session.OnLine($$$"""{"type":"toy","func":"toyData","data":{"id":"{{{Id}}}","data":""}}""");
        Assert.Equal(DongleRequests.StopSearch(), _sent[^1]);
        Assert.Empty(_events.Log);
        session.OnLine("""{"type":"usb","func":"stopSearch","result":200}""");
        session.OnLine("""{"type":"usb","func":"search","result":206}""");
        Assert.Equal([$"connected {Id}", "scan finished"], _events.Log);
        Assert.Equal(Id, session.Toy);
    }

    [Fact]
    public void A_toy_already_connected_answers_the_status_question()
    {
        var session = Start(scanWanted: false);
        session.OnLine($$$"""{"type":"toy","func":"status","data":{"id":"{{{Id}}}","status":202}}""");
        Assert.Equal([$"connected {Id}"], _events.Log);
        _clock.Advance(StatusWait);
        Assert.Equal([DongleRequests.Status()], _sent);
    }

    [Fact]
    public void Without_an_answer_or_a_scan_it_idles_until_asked_to_scan()
    {
        var session = Start(scanWanted: false);
        _clock.Advance(StatusWait);
        Assert.Equal([DongleRequests.Status()], _sent);
        session.StartScanning();
        Assert.Equal(DongleRequests.Search(), _sent[^1]);
        session.StopScanning();
        Assert.Equal(DongleRequests.StopSearch(), _sent[^1]);
        Assert.Equal(["scan finished"], _events.Log);
    }

    [Fact]
    public void A_search_the_dongle_ends_by_itself_starts_again()
    {
        var session = Start(scanWanted: true);
        _clock.Advance(StatusWait);
        session.OnLine("""{"type":"usb","func":"search","result":206}""");
        Assert.Equal([DongleRequests.Status(), DongleRequests.Search(), DongleRequests.Search()], _sent);
    }

    [Fact]
    public void Commands_go_to_the_connected_toy_and_its_answers_come_back()
    {
        var session = Connected();
        session.SendToyCommand(Id, "DeviceType;");
        Assert.Equal($$$"""{"type":"toy","func":"command","id":"{{{Id}}}","cmd":"DeviceType;"}""", _sent[^1]);
        session.OnLine($$$"""{"type":"toy","func":"toyData","data":{"id":"{{{Id}}}","data":"Z:11:0082059AD3BD;"}}""");
        Assert.Equal($"data {Id} Z:11:0082059AD3BD;", _events.Log[^1]);
        Assert.Throws<InvalidOperationException>(() => session.SendToyCommand("other", "Vibrate:1;"));
    }

    [Fact]
    public void Status_403_is_the_toy_going_away()
    {
        var session = Connected();
        session.OnLine($$$"""{"type":"toy","func":"status","data":{"id":"{{{Id}}}","status":403}}""");
        Assert.Equal($"disconnected {Id}", _events.Log[^1]);
        Assert.Null(session.Toy);
        Assert.Throws<InvalidOperationException>(() => session.SendToyCommand(Id, "Vibrate:1;"));
    }

    [Fact]
    public void With_a_toy_connected_a_scan_ends_at_once()
    {
        var session = Connected();
        var sent = _sent.Count;
        session.StartScanning();
        Assert.Equal("scan finished", _events.Log[^1]);
        Assert.Equal(sent, _sent.Count);
    }

    [Fact]
    public void Losing_the_dongle_disconnects_the_toy()
    {
        var session = Connected();
        session.Lost();
        Assert.Equal($"disconnected {Id}", _events.Log[^1]);
    }

    [Fact]
    public void Released_by_the_host_the_toy_can_be_reported_again()
    {
        var session = Connected();
        session.ToyReleased(Id);
        Assert.Null(session.Toy);
        session.OnLine($$$"""{"type":"toy","func":"status","data":{"id":"{{{Id}}}","status":202}}""");
        Assert.Equal($"connected {Id}", _events.Log[^1]);
    }

    [Fact]
    public void Lines_that_are_not_messages_are_ignored()
    {
        var session = Connected();
        var events = _events.Log.Count;
        session.OnLine("garbage");
        session.OnLine("""{"type":"toy","func":"whatever"}""");
        Assert.Equal(events, _events.Log.Count);
        Assert.Equal(Id, session.Toy);
    }

    private DongleSession Connected()
    {
        var session = Start(scanWanted: false);
        session.OnLine($$$"""{"type":"toy","func":"status","data":{"id":"{{{Id}}}","status":202}}""");
        Assert.Equal(Id, session.Toy);
        return session;
    }

    private sealed class Events : IDongleEvents
    {
        public List<string> Log { get; } = [];

        public void ToyConnected(string id) => Log.Add($"connected {id}");

        public void ToyData(string id, string data) => Log.Add($"data {id} {data}");

        public void ToyDisconnected(string id) => Log.Add($"disconnected {id}");

        public void ScanningFinished() => Log.Add("scan finished");
    }
}
