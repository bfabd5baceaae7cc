package difftest;

import difftest.pkga.Base;
import difftest.pkga.Both;
import difftest.pkga.Pair;
import difftest.pkga.Pub;
import difftest.pkga.Same;
import difftest.pkga.Solo;
import difftest.pkgb.Deep;
import difftest.pkgb.Other;
import difftest.pkgb.PairSub;
import difftest.pkgb.Plain;
import difftest.pkgb.PubNew;
import difftest.pkgb.PubSub;
import difftest.pkgb.SoloSub;

/**
 * Package-private methods are overridden only within their run-time package (JVMS 5.4.5), also transitively
 * through a public override; dispatch must honour that whether the call is devirtualised (Solo: one instantiated
 * class), a class compare (Pair: two) or a vtable load (Base: many).
 */
public class p190_PackagePrivateOverride {
    public static void main(String[] args) {
        Base[] all = {new Base(), new Other(), new Same(), new Pub(), new PubSub(), new Plain(), new PubNew(),
            new Both(), new Deep()};
        for (Base b : all) {
            System.out.println(b.who() + ": viaBase=" + Base.viaBase(b));
        }
        for (Base b : all) {
            if (b instanceof Other) {
                System.out.println(b.who() + ": viaOther=" + Other.viaOther((Other) b));
            }
            if (b instanceof PubNew) {
                System.out.println(b.who() + ": PubNew.m=" + ((PubNew) b).m());
            }
            if (b instanceof Pub) {
                System.out.println(b.who() + ": Pub.m=" + ((Pub) b).m());
            }
        }
        Solo s = new SoloSub();
        System.out.println("viaSolo=" + Solo.viaSolo(s) + " SoloSub.m=" + ((SoloSub) s).m());
        Pair[] pairs = {new Pair(), new PairSub()};
        for (Pair p : pairs) {
            System.out.println(p.getClass().getSimpleName() + ": viaPair=" + Pair.viaPair(p));
        }
    }
}
