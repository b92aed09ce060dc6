namespace ButtplugHost.Tests.EndToEnd.SharedDevices;

/// <summary>
/// Files through which a test and the official clients it runs wait for each other: a client's
/// "signal" step creates one when its steps before it are done, its "wait-file" step waits for the test
/// to create one. Disposing creates every file, so a failed test never leaves a client waiting.
/// </summary>
internal sealed class Checkpoints(string directory) : IDisposable
{
    private readonly HashSet<string> _used = [];

    /// <summary>The path of checkpoint <paramref name="name"/>.</summary>
    public string this[string name]
    {
        get
        {
            lock (_used)
                _used.Add(name);
            return Path.Combine(directory, name + ".checkpoint");
        }
    }

    /// <summary>Lets a client's "wait-file" step go on.</summary>
    public void Release(string name) => File.WriteAllText(this[name], "go");

    /// <summary>Waits until a client's "signal" step created <paramref name="name"/>, or its run ended (then its failure shows).</summary>
    public async Task ReachedAsync(string name, params Task[] clients)
    {
        var path = this[name];
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(path))
        {
            foreach (var client in clients.Where(c => c.IsCompleted))
                await client; // a failed client throws here with its output
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"The clients did not reach checkpoint {name}.");
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        List<string> names;
        lock (_used)
            names = [.. _used];
        foreach (var name in names)
        {
            try { File.WriteAllText(Path.Combine(directory, name + ".checkpoint"), "go"); }
            catch (IOException) { }
        }
    }
}
