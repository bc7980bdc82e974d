namespace SgdSim.Simulation.Policies;

/// <summary>TicTac's timing-independent order (<see cref="TransferOrder.TimingIndependent"/>) for the reads.</summary>
public sealed class TicPolicy(Calibration.JobModel model) : RankedPolicy(model, TransferOrder.TimingIndependent(model));
