using Forge.GoodModule.Domain;
using Microsoft.EntityFrameworkCore;

namespace Forge.GoodModule.EntityFrameworkCore;

public sealed class InvoiceRepository(GoodModuleDbContext db) : IInvoiceRepository
{
    public Task<Invoice?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Invoices.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
}
