package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Jenjang;
import id.sinkron.model.Rombel;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * DAPODIK-ROMBEL-RATIO: at an entry tingkat of the profile ({@code entryTingkat}: 1, 7, 10) more
 * parallel class rombel of the active semester than ceil(distinct members at that tingkat ÷ the
 * profile's rombel cap for the jenjang). A tingkat with no members is left alone (rombel opened
 * before admission are not the reported case). Not evaluated without the school or without a cap
 * for its jenjang.
 */
final class RombelRatioRule implements Rule {
  private static final DapodikGateCode CODE = DapodikGateCode.ROMBEL_RATIO;

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(CODE, null, "dapodik.reason.no.sekolah");
      return;
    }
    Jenjang jenjang = ctx.snapshot().sekolah().get().jenjang();
    Integer cap = ctx.profile().rombelCaps().get(jenjang);
    if (cap == null || cap < 1) {
      out.notEvaluated(CODE, null, "dapodik.reason.no.cap", ctx.profile().name(), jenjang.name());
      return;
    }
    Map<Integer, int[]> rombelCount = new TreeMap<>();
    Map<Integer, Set<String>> members = new TreeMap<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!r.isClass() || !ctx.index().isActiveSemester(r) || r.tingkatPendidikanId().isEmpty()) {
        continue;
      }
      int t = r.tingkatPendidikanId().get();
      if (!ctx.profile().entryTingkat().contains(t)) {
        continue;
      }
      rombelCount.computeIfAbsent(t, k -> new int[1])[0]++;
      Set<String> m = members.computeIfAbsent(t, k -> new HashSet<>());
      for (AnggotaRombel a : r.anggotaRombel()) {
        m.add(a.pesertaDidikId());
      }
    }
    for (Map.Entry<Integer, int[]> e : rombelCount.entrySet()) {
      int tingkat = e.getKey();
      int rombel = e.getValue()[0];
      int students = members.get(tingkat).size();
      if (students == 0) {
        continue;
      }
      int allowed = (students + cap - 1) / cap;
      if (rombel > allowed) {
        out.finding(CODE, CODE.severity(), Entities.school(ctx))
            .field("rombongan_belajar")
            .value(Integer.toString(rombel))
            .args(tingkat, rombel, students, cap, allowed, jenjang.name())
            .report();
      }
    }
  }
}
