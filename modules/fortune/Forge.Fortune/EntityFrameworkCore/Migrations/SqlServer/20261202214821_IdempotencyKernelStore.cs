using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IdempotencyKernelStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_idempotency_keys_TenantId_Endpoint_Key",
                table: "fortune_idempotency_keys");

            migrationBuilder.DropIndex(
                name: "IX_fortune_idempotency_keys_TenantId_ExpiresAt",
                table: "fortune_idempotency_keys");

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                table: "fortune_idempotency_keys",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "Product",
                table: "fortune_idempotency_keys",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "fortune"); // the keys stored before the kernel store were all Fortune's

            migrationBuilder.AddColumn<string>(
                name: "ResourceId",
                table: "fortune_idempotency_keys",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_ExpiresAt",
                table: "fortune_idempotency_keys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_TenantId_Product_Endpoint_Key",
                table: "fortune_idempotency_keys",
                columns: new[] { "TenantId", "Product", "Endpoint", "Key" },
                unique: true,
                filter: "[TenantId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_idempotency_keys_ExpiresAt",
                table: "fortune_idempotency_keys");

            migrationBuilder.DropIndex(
                name: "IX_fortune_idempotency_keys_TenantId_Product_Endpoint_Key",
                table: "fortune_idempotency_keys");

            migrationBuilder.DropColumn(
                name: "Product",
                table: "fortune_idempotency_keys");

            migrationBuilder.DropColumn(
                name: "ResourceId",
                table: "fortune_idempotency_keys");

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                table: "fortune_idempotency_keys",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255);

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_TenantId_Endpoint_Key",
                table: "fortune_idempotency_keys",
                columns: new[] { "TenantId", "Endpoint", "Key" },
                unique: true,
                filter: "[TenantId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_TenantId_ExpiresAt",
                table: "fortune_idempotency_keys",
                columns: new[] { "TenantId", "ExpiresAt" });
        }
    }
}
