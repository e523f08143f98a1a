using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FeedTransactionId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_events_TenantId_CreatedAt_Sequence",
                table: "fortune_events");

            migrationBuilder.AddColumn<long>(
                name: "TransactionId",
                table: "fortune_events",
                type: "bigint",
                nullable: false,
                defaultValueSql: "DATEDIFF_BIG(microsecond, CAST('2000-01-01' AS datetime2), SYSUTCDATETIME())");

            // Rows from before the column take their own time (the feed's lag position there), not the migration's.
            migrationBuilder.Sql("UPDATE fortune_events SET TransactionId = DATEDIFF_BIG(microsecond, CAST('2000-01-01' AS datetime2), CreatedAt);");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_TenantId_TransactionId_Sequence",
                table: "fortune_events",
                columns: new[] { "TenantId", "TransactionId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_events_TenantId_TransactionId_Sequence",
                table: "fortune_events");

            migrationBuilder.DropColumn(
                name: "TransactionId",
                table: "fortune_events");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_TenantId_CreatedAt_Sequence",
                table: "fortune_events",
                columns: new[] { "TenantId", "CreatedAt", "Sequence" });
        }
    }
}
