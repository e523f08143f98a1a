using Forge.GoodModule.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Forge.GoodModule.HttpApi;

public static class InvoiceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/invoices/{id:guid}", async (Guid id, InvoiceService invoices, CancellationToken ct) =>
            await invoices.AmountAsync(id, ct) is { } amount ? Results.Ok(amount) : Results.NotFound());
}
