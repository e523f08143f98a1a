using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.NotionForge.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notionforge_connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProtectedAccessToken = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    WorkspaceId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WorkspaceName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WorkspaceIcon = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    BotId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ConnectedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_connections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_custom_skills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SkillId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Keywords = table.Column<string>(type: "nvarchar(2550)", maxLength: 2550, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_custom_skills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_idempotency_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Product = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Endpoint = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    ResponseBody = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ResponseLocation = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ResourceId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_idempotency_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_job_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ArgsType = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    ArgsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DelayMs = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_job_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_connections_TenantId",
                table: "notionforge_connections",
                column: "TenantId",
                unique: true,
                filter: "[TenantId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_custom_skills_TenantId",
                table: "notionforge_custom_skills",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_custom_skills_TenantId_SkillId",
                table: "notionforge_custom_skills",
                columns: new[] { "TenantId", "SkillId" },
                unique: true,
                filter: "[TenantId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_idempotency_keys_ExpiresAt",
                table: "notionforge_idempotency_keys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_idempotency_keys_TenantId",
                table: "notionforge_idempotency_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_idempotency_keys_TenantId_Product_Endpoint_Key",
                table: "notionforge_idempotency_keys",
                columns: new[] { "TenantId", "Product", "Endpoint", "Key" },
                unique: true,
                filter: "[TenantId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_job_outbox_CreatedAt",
                table: "notionforge_job_outbox",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notionforge_connections");

            migrationBuilder.DropTable(
                name: "notionforge_custom_skills");

            migrationBuilder.DropTable(
                name: "notionforge_idempotency_keys");

            migrationBuilder.DropTable(
                name: "notionforge_job_outbox");
        }
    }
}
