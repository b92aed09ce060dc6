using ButtplugHost.Session.Approval;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ButtplugHost.Dashboard;

/// <summary>
/// The status page's answers to apps asking to connect: <c>POST /api/approvals/{id}</c> with
/// <c>{"answer": "AllowOnce" | "AlwaysAllow" | "Deny"}</c>, and <c>POST /api/approvals/forget</c> with
/// <c>{"name", "origin"}</c> to revoke a remembered decision. Guarded as every page request is.
/// </summary>
internal static class ApprovalEndpoints
{

    public static void Map(IEndpointRouteBuilder app, ClientApprovals approvals)
    {
        app.MapPost("/api/approvals/forget", async (HttpRequest request) =>
        {
            var body = await PageRequests.ReadAsync<ForgetRequest>(request);
            if (body is not { Name.Length: > 0 })
                return PageRequests.Problem(400, "Expected {\"name\": \"…\", \"origin\": \"native\"}.");
            return approvals.Forget(ClientIdentity.Of(body.Name, body.Origin))
                ? Results.NoContent()
                : PageRequests.Problem(404, "No remembered decision about this app.");
        });
        app.MapPost("/api/approvals/{id}", async (string id, HttpRequest request) =>
        {
            var body = await PageRequests.ReadAsync<AnswerRequest>(request);
            if (body?.Answer is not { } answer)
                return PageRequests.Problem(400, "Expected {\"answer\": \"AllowOnce\" | \"AlwaysAllow\" | \"Deny\"}.");
            return approvals.Answer(id, answer)
                ? Results.NoContent()
                : PageRequests.Problem(404, "No app is waiting with this id (it left, or was answered or refused already).");
        });
    }

    private sealed record AnswerRequest(ApprovalAnswer? Answer);

    private sealed record ForgetRequest(string? Name, string? Origin);
}
