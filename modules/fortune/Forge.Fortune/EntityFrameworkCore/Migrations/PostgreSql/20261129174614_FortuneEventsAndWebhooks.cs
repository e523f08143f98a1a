using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.PostgreSql
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProfileId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DataJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "fortune_webhooks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    EventList = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MetadataJson = table.Column<string>(type: "text", nullable: false),
                    SecretEncrypted = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    FailureCount = table.Column<int>(type: "integer", nullable: false),
                    LastTriggeredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
