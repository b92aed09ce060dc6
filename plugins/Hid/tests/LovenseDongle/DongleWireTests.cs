using System.Text;
using ButtplugHost.Plugins.Hid.LovenseDongle;

namespace ButtplugHost.Plugins.Hid.Tests.LovenseDongle;

/// <summary>The dongle's JSON lines and their HID framing, byte for byte.</summary>
public class DongleWireTests
{
    [Fact]
    public void Requests_are_the_dongles_json_with_members_in_order()
    {
        Assert.Equal("""{"type":"toy","func":"statuss"}""", DongleRequests.Status());
        Assert.Equal("""{"type":"toy","func":"search"}""", DongleRequests.Search());
        Assert.Equal("""{"type":"usb","func":"stopSearch"}""", DongleRequests.StopSearch());
        Assert.Equal("""{"type":"toy","func":"command","id":"c44ebe0e7f7e","cmd":"Vibrate:10;"}""", DongleRequests.Command("c44ebe0e7f7e", "Vibrate:10;"));
        Assert.Equal("""{"type":"toy","func":"command","id":"a\"b","cmd":"x\\y"}""", DongleRequests.Command("a\"b", "x\\y"));
    }

    [Fact]
    public void A_short_line_is_one_65_byte_report_id_0_then_text_crlf_then_zeros()
    {
        var report = Assert.Single(DongleReports.Encode("""{"type":"toy","func":"search"}"""));
        var expected = new byte[65];
        Encoding.ASCII.GetBytes("{\"type\":\"toy\",\"func\":\"search\"}\r\n").CopyTo(expected, 1);
        Assert.Equal(expected, report);
    }

    [Fact]
    public void A_long_line_is_cut_into_63_byte_pieces()
    {
        var line = DongleRequests.Command("c44ebe0e7f7e", "Vibrate:10;"); // 70 characters + \r\n
        var reports = DongleReports.Encode(line);
        Assert.Equal(2, reports.Count);
        var bytes = Encoding.ASCII.GetBytes(line + "\r\n");
        Assert.Equal(bytes[..63], reports[0][1..64]);
        Assert.Equal(bytes[63..], reports[1][1..(1 + bytes.Length - 63)]);
        Assert.All(reports, r => Assert.Equal(65, r.Length));
        Assert.All(reports, r => Assert.Equal(0, r[0]));
        Assert.All(reports, r => Assert.Equal(0, r[64]));
        Assert.All(reports[1][(1 + bytes.Length - 63)..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void Input_reports_join_into_lines_at_newlines_ignoring_the_zero_padding()
    {
        var reader = new DongleLineReader();
        Assert.Empty(reader.Add(Report("{\"type\":\"toy\",\"func\":\"toyData\",")));
        Assert.Equal(["{\"type\":\"toy\",\"func\":\"toyData\",\"data\":{\"id\":\"a\",\"data\":\"85;\"}}"],
            reader.Add(Report("\"data\":{\"id\":\"a\",\"data\":\"85;\"}}\r\n")));
        Assert.Equal(["one", "two"], reader.Add(Report("one\n\r\ntwo\n")));
    }

    [Fact]
    public void Replies_parse_result_and_data()
    {
        Assert.Equal(new DongleReply("toy", "toyData", null, "c44e", "Z:11:0082059AD3BD;", null),
            DongleReply.Parse("""{"type":"toy","func":"toyData","data":{"id":"c44e","data":"Z:11:0082059AD3BD;"}}"""));
        Assert.Equal(new DongleReply("toy", "status", 200, "c44e", null, 202),
            DongleReply.Parse("""{"type":"toy","func":"status","result":200,"data":{"id":"c44e","status":202}}"""));
        Assert.Equal(new DongleReply("usb", "search", 206, null, null, null), DongleReply.Parse("""{"type":"usb","func":"search","result":206}"""));
        Assert.Null(DongleReply.Parse("not json"));
        Assert.Null(DongleReply.Parse("[1,2]"));
        Assert.Null(DongleReply.Parse("""{"func":"search"}"""));
    }

    private static byte[] Report(string text)
    {
        var report = new byte[64];
        Encoding.ASCII.GetBytes(text).CopyTo(report, 0);
        return report;
    }
}
