using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FortuneEventsAndWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fortune_events",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProfileId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "fortune_webhooks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    EventList = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MetadataJson = table.Column<string>(type: "TEXT", nullable: false),
                    SecretEncrypted = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastTriggeredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_webhooks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_DispatchedAt_CreatedAt",
                table: "fortune_events",
                columns: new[] { "DispatchedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_Id",
                table: "fortune_events",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_TenantId",
                table: "fortune_events",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_events_TenantId_Sequence",
                table: "fortune_events",
                columns: new[] { "TenantId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_webhooks_TenantId",
                table: "fortune_webhooks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_webhooks_TenantId_CreatedAt_Id",
                table: "fortune_webhooks",
                columns: new[] { "TenantId", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortune_events");

            migrationBuilder.DropTable(
                name: "fortune_webhooks");
        }
    }
}
