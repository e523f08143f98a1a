using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

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
