using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WebhookDeliveryReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "platform_webhook_deliveries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_webhook_deliveries_Reference",
                table: "platform_webhook_deliveries",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_webhook_deliveries_Reference",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "platform_webhook_deliveries");
        }
    }
}
