namespace SgdSim.Simulation.Policies;

/// <summary>TicTac's timing-aware order (<see cref="TransferOrder.TimingAware"/>) for the reads.</summary>
public sealed class TacPolicy(Calibration.JobModel model) : RankedPolicy(model, TransferOrder.TimingAware(model));
