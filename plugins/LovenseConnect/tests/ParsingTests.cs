namespace ButtplugHost.Plugins.LovenseConnect.Tests;

/// <summary>The app's and discovery's answers, in the shapes they are sent.</summary>
public sealed class ParsingTests
{
    [Fact]
    public void GetToys_with_strings_numbers_and_null()
    {
        var toys = GetToysReply.Parse("""
            {"type":"OK","code":200,"data":{
              "c44f33e9a1b2":{"id":"c44f33e9a1b2","name":"Lush","nickName":"","status":"1","version":"3","battery":64},
              "d00d00d00d00":{"id":"d00d00d00d00","name":"Edge","nickName":"x","status":0,"version":3,"battery":null},
              "e1":{"id":"e1","name":"Max","status":true,"battery":"250"}}}
            """);

        Assert.Equal(
            [new ConnectToy("c44f33e9a1b2", "Lush", true, 64), new ConnectToy("d00d00d00d00", "Edge", false, 0), new ConnectToy("e1", "Max", true, 100)],
            toys);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"type":"OK","code":200,"data":{}}""")]
    [InlineData("""{"type":"OK","code":200,"data":null}""")]
    public void GetToys_without_toys(string json) => Assert.Empty(GetToysReply.Parse(json));

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"data":[1]}""")]
    public void GetToys_that_is_not_an_answer_is_refused(string json) => Assert.Throws<FormatException>(() => GetToysReply.Parse(json));

    [Fact]
    public void Discovery_names_the_apps_by_the_address_their_domain_spells()
    {
        var apps = DiscoveryReply.Parse("""
            {"192-168-1-20.lovense.club":{"deviceId":"p","domain":"192-168-1-20.lovense.club","httpPort":"34567","wsPort":"34567","httpsPort":"34568","wssPort":"34568","toys":{}},
             "10-0-0-7.lovense.club":{"domain":"10-0-0-7.lovense.club","httpPort":20010},
             "garbage.lovense.club":{"httpPort":1}}
            """);

        Assert.Equal(["http://192.168.1.20:34567", "http://10.0.0.7:20010"], apps);
    }

    [Theory]
    [InlineData("http://192.168.1.20:34567", "http://192.168.1.20:34567")]
    [InlineData("http://192.168.1.20:34567/", "http://192.168.1.20:34567")]
    [InlineData("https://phone.local:34568/GetToys", "https://phone.local:34568")]
    public void Configured_addresses_are_made_canonical(string text, string expected)
    {
        Assert.True(AppAddress.TryParse(text, out var address));
        Assert.Equal(expected, address);
    }

    [Theory]
    [InlineData("192.168.1.20:34567")]
    [InlineData("ftp://192.168.1.20")]
    [InlineData("")]
    public void Other_addresses_are_refused(string text) => Assert.False(AppAddress.TryParse(text, out _));
}
