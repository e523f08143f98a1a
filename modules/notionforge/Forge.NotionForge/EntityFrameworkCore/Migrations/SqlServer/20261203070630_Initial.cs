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
                name: "notionforge_generation_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SkillId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DurationSeconds = table.Column<double>(type: "float", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_generation_log", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "notionforge_oauth_exchange_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RedeemedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_oauth_exchange_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_oauth_states",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StateHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_oauth_states", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_task_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TaskRowId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Step = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Message = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DataJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_task_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_task_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TaskRowId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NotionId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: true),
                    Extra = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Url = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Blocks = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_task_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notionforge_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TaskId = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Prompt = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    BlueprintJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    OptionsJson = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: false),
                    SkillId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Planner = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ParentPageId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    ProtectedNotionToken = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    UsesConnection = table.Column<bool>(type: "bit", nullable: false),
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slot = table.Column<int>(type: "int", nullable: true),
                    PlannerTokens = table.Column<long>(type: "bigint", nullable: false),
                    CancelRequested = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StepsTotal = table.Column<int>(type: "int", nullable: false),
                    StepsDone = table.Column<int>(type: "int", nullable: false),
                    RootPageId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: true),
                    NotionUrl = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    PagesCreated = table.Column<int>(type: "int", nullable: false),
                    DatabasesCreated = table.Column<int>(type: "int", nullable: false),
                    BlocksCreated = table.Column<int>(type: "int", nullable: false),
                    DurationSeconds = table.Column<double>(type: "float", nullable: true),
                    ErrorCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ErrorMessage = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RolledBackAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notionforge_tasks", x => x.Id);
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
                name: "IX_notionforge_generation_log_FinishedAt",
                table: "notionforge_generation_log",
                column: "FinishedAt");

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

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_oauth_exchange_codes_CodeHash",
                table: "notionforge_oauth_exchange_codes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_oauth_exchange_codes_TenantId",
                table: "notionforge_oauth_exchange_codes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_oauth_states_StateHash",
                table: "notionforge_oauth_states",
                column: "StateHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_oauth_states_TenantId",
                table: "notionforge_oauth_states",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_task_events_TaskRowId_Id",
                table: "notionforge_task_events",
                columns: new[] { "TaskRowId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_task_events_TenantId",
                table: "notionforge_task_events",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_task_steps_TaskRowId_Key",
                table: "notionforge_task_steps",
                columns: new[] { "TaskRowId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_task_steps_TenantId",
                table: "notionforge_task_steps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_tasks_CreatedAt",
                table: "notionforge_tasks",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_tasks_TenantId",
                table: "notionforge_tasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_tasks_TenantId_Slot",
                table: "notionforge_tasks",
                columns: new[] { "TenantId", "Slot" },
                unique: true,
                filter: "[TenantId] IS NOT NULL AND [Slot] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_tasks_TenantId_Status",
                table: "notionforge_tasks",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_notionforge_tasks_TenantId_TaskId",
                table: "notionforge_tasks",
                columns: new[] { "TenantId", "TaskId" },
                unique: true,
                filter: "[TenantId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notionforge_connections");

            migrationBuilder.DropTable(
                name: "notionforge_custom_skills");

            migrationBuilder.DropTable(
                name: "notionforge_generation_log");

            migrationBuilder.DropTable(
                name: "notionforge_idempotency_keys");

            migrationBuilder.DropTable(
                name: "notionforge_job_outbox");

            migrationBuilder.DropTable(
                name: "notionforge_oauth_exchange_codes");

            migrationBuilder.DropTable(
                name: "notionforge_oauth_states");

            migrationBuilder.DropTable(
                name: "notionforge_task_events");

            migrationBuilder.DropTable(
                name: "notionforge_task_steps");

            migrationBuilder.DropTable(
                name: "notionforge_tasks");
        }
    }
}
