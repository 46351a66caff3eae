namespace SmqBot.Bot.Features.Outbox;

public static class OutboxModule
{
    /// <summary>Proactive delivery: the queue features write to, the paced worker, and `envois` for staff. The edge provides the <see cref="IMessageDelivery"/>.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddSingleton<OutboxQueue>();
        services.AddSingleton<Pacer>();
        services.AddSingleton<SenderLease>();
        services.AddFeature<DeliveriesFeature>();
        services.AddBackgroundWork<OutboxWorker>();
        return services;
    }
}
