using Forge.GoodModule.Domain;

namespace Forge.GoodModule.Application;

public sealed class InvoiceService(IInvoiceRepository invoices)
{
    public async Task<decimal?> AmountAsync(Guid id, CancellationToken cancellationToken) =>
        (await invoices.FindAsync(id, cancellationToken))?.Amount;
}
