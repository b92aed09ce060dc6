namespace ButtplugHost.DBus.Tests;

public class SignatureTests
{
    [Fact]
    public void Splits_into_complete_types() =>
        Assert.Equal(new[] { "s", "a{sv}", "as", "(ii)", "v", "a(oa{sv})", "aay" }, new Signature("sa{sv}as(ii)va(oa{sv})aay").SingleTypes());

    [Theory]
    [InlineData("a")]
    [InlineData("a{vs}")]
    [InlineData("{sv}")]
    [InlineData("a{s}")]
    [InlineData("a{svs}")]
    [InlineData("(i")]
    [InlineData("()")]
    [InlineData("i)")]
    [InlineData("z")]
    public void Rejects_malformed(string text) => Assert.Throws<ArgumentException>(() => new Signature(text));

    [Fact] public void Empty_is_valid() => Assert.Empty(new Signature("").SingleTypes());

    [Theory]
    [InlineData("/", true)]
    [InlineData("/org/bluez/hci0/dev_AA_BB", true)]
    [InlineData("", false)]
    [InlineData("org", false)]
    [InlineData("/org/", false)]
    [InlineData("/org//bluez", false)]
    [InlineData("/org/blue-z", false)]
    public void Object_path_syntax(string text, bool valid) => Assert.Equal(valid, ObjectPath.IsValid(text));

    [Fact]
    public void Object_path_ancestry()
    {
        Assert.True(new ObjectPath("/org/bluez").IsAncestorOf("/org/bluez/hci0"));
        Assert.False(new ObjectPath("/org/bluez").IsAncestorOf("/org/bluezz"));
        Assert.False(new ObjectPath("/org/bluez").IsAncestorOf("/org/bluez"));
        Assert.True(ObjectPath.Root.IsAncestorOf("/org"));
    }
}
