namespace ButtplugHost.Plugins.VibCrafter.Tests;

/// <summary>
/// Known answers, encrypted independently with
/// <c>openssl enc -aes-128-ecb -K 6a646b23437261256635566962323872</c> (the key <c>jdk#Cra%f5Vib28r</c>).
/// </summary>
internal static class Packets
{
    public static readonly byte[] GreetingAbc123 = Convert.FromHexString("00334170f0124c24da4297a8b1177c30"); // Auth:abc123;
    public static readonly byte[] ChallengeXyz = Convert.FromHexString("2a49b5ab248893f44a8d16e58e15c628"); // ab12:xyz;
    public static readonly byte[] AnswerXyz = Convert.FromHexString("dc00196945e13508faba27edf32237f3"); // Auth:3608; (SHA-256("xyz") starts 36 08)
    public static readonly byte[] ChallengeHello42 = Convert.FromHexString("903c0c49d605eb88b86c3e94992eacba"); // Q9z1:Hello42;
    public static readonly byte[] AnswerHello42 = Convert.FromHexString("c8a54a2470d600d99d5256b58792408c"); // Auth:788b;
    public static readonly byte[] Ok = Convert.FromHexString("120a6defa705e36fa046e6cdf609f67a"); // OK;
    public static readonly byte[] Nope = Convert.FromHexString("2b65722b84a73e500082667f774b825d"); // NOPE;
    public static readonly byte[] Speeds5000 = Convert.FromHexString("ebcc1addb0132340d51b7e97b61ca320"); // MtInt:5000;
    public static readonly byte[] Speeds5050 = Convert.FromHexString("1d30890ebe34dc91d5f07aac3a03c73c"); // MtInt:5050;
    public static readonly byte[] Speeds0099 = Convert.FromHexString("04820e4431c206bf23a748bb49b58cc9"); // MtInt:0099;
    public static readonly byte[] Speeds9900 = Convert.FromHexString("620080f52d299681acdb9051790056d7"); // MtInt:9900;
    public static readonly byte[] Speeds0000 = Convert.FromHexString("dff02f0df45b1f0721623f8cf1b96138"); // MtInt:0000;
}
