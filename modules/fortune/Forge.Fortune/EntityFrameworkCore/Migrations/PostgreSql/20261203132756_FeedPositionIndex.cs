using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FeedPositionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_events_TenantId_Sequence",
                table: "fortune_events");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_TenantId_CreatedAt_Sequence",
                table: "fortune_events",
                columns: new[] { "TenantId", "CreatedAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_events_TenantId_CreatedAt_Sequence",
                table: "fortune_events");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_TenantId_Sequence",
                table: "fortune_events",
                columns: new[] { "TenantId", "Sequence" });
        }
    }
}
