using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fortune_audit_entries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResourceType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResourceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorApiKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Endpoint = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fortune_profiles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    NameEncrypted = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    BirthDataEncrypted = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    Gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DayMaster = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DayMasterElement = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    WeakestElement = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_profiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_audit_entries_TenantId",
                table: "fortune_audit_entries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_audit_entries_TenantId_CreatedAt_Id",
                table: "fortune_audit_entries",
                columns: new[] { "TenantId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_profiles_TenantId",
                table: "fortune_profiles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_profiles_TenantId_CreatedAt_Id",
                table: "fortune_profiles",
                columns: new[] { "TenantId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_profiles_TenantId_ExternalId",
                table: "fortune_profiles",
                columns: new[] { "TenantId", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortune_audit_entries");

            migrationBuilder.DropTable(
                name: "fortune_profiles");
        }
    }
}
