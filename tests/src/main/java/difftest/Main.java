package difftest;

import java.util.Arrays;

/**
 * The differential suite's single entry point: {@code difftest.Main <program> [args...]} runs one program.
 * A plain switch (no reflection) so the whole suite is one closed world for the AOT compiler.
 * Adding a program: create the class pNNN_Name and add it to NAMES and to the switch
 * (DifferentialTest checks that the three agree).
 */
public final class Main {
    /** Every program of the suite, in order. */
    public static final String[] NAMES = {
        "p001_IntArith",
        "p002_IntOverflow",
        "p003_LongArith",
        "p004_Shifts",
        "p005_DivZero",
        "p006_MinDivMinusOne",
        "p007_FloatArith",
        "p008_DoubleArith",
        "p009_NaNCompare",
        "p010_FloatToIntSat",
        "p011_NarrowCasts",
        "p012_CompoundNarrow",
        "p013_CharArith",
        "p014_NegZero",
        "p015_MathAbsMinMax",
        "p016_MathRounding",
        "p017_MathMisc",
        "p018_FloorModDiv",
        "p019_ExactOverflow",
        "p020_DoubleToString",
        "p021_FloatToString",
        "p022_IntegerParse",
        "p023_LongParse",
        "p024_IntegerRadix",
        "p025_BitOps",
        "p026_LongBitOps",
        "p027_Remainder",
        "p028_IncDec",
        "p029_WideningMix",
        "p030_UnsignedOps",
        "p031_Classes",
        "p032_Abstract",
        "p033_InterfaceDefault",
        "p034_InterfaceStaticPrivate",
        "p035_DiamondDefault",
        "p036_IfaceSuper",
        "p037_VirtualDispatch",
        "p038_InterfaceDispatch",
        "p039_BridgeGeneric",
        "p040_CovariantReturn",
        "p041_SuperCalls",
        "p042_CtorCallsOverride",
        "p043_InitOrder",
        "p044_LazyInit",
        "p045_InitSuperFirst",
        "p046_InterfaceInit",
        "p047_ConstantNoInit",
        "p048_ArrayNoInit",
        "p049_CircularInit",
        "p050_FailingClinit",
        "p051_PrivateNotVirtual",
        "p052_FieldHiding",
        "p053_StaticNested",
        "p054_InnerClasses",
        "p055_LocalAnon",
        "p056_MirandaAbstract",
        "p057_InterfaceConstants",
        "p058_ObjectMethods",
        "p059_InstanceofCast",
        "p060_ClassCastMsg",
        "p061_ArraysBasic",
        "p062_MultiDim",
        "p063_PartialMultiDim",
        "p064_ArrayClone",
        "p065_ArrayStore",
        "p066_IndexOOB",
        "p067_NegativeSize",
        "p068_ArrayInstanceof",
        "p069_BigArrays",
        "p070_ArrayCopy",
        "p071_StringEquals",
        "p072_StringHash",
        "p073_StringSwitch",
        "p074_Interning",
        "p075_Substring",
        "p076_IndexOf",
        "p077_Split",
        "p078_Replace",
        "p079_TrimStrip",
        "p080_RepeatJoin",
        "p081_StringBuilderOps",
        "p082_Chars",
        "p083_ConcatAll",
        "p084_ConcatNull",
        "p085_StringFormatInts",
        "p086_StringFormatFloats",
        "p087_StringFormatStrings",
        "p088_Printf",
        "p089_StringCompare",
        "p090_StringMisc",
        "p091_LambdaBasic",
        "p092_LambdaCapture",
        "p093_LambdaThis",
        "p094_MethodRefStatic",
        "p095_MethodRefBound",
        "p096_MethodRefUnbound",
        "p097_CtorRef",
        "p098_ArrayCtorRef",
        "p099_LambdaBoxing",
        "p100_SerializableLambda",
        "p101_LambdaInInterface",
        "p102_FunctionalCompose",
        "p103_EnumBasic",
        "p104_EnumValueOf",
        "p105_EnumSwitch",
        "p106_EnumBodies",
        "p107_EnumMapSet",
        "p108_Records",
        "p109_RecordCompact",
        "p110_NestedGenerics",
        "p111_TryFinallyPaths",
        "p112_FinallyReturn",
        "p113_FinallyBreakContinue",
        "p114_NestedTry",
        "p115_Rethrow",
        "p116_MultiCatch",
        "p117_TryWithResources",
        "p118_Suppressed",
        "p119_CustomExceptions",
        "p120_NPEKinds",
        "p121_ThrowableBasics",
        "p122_UncaughtException",
        "p123_SystemExit3",
        "p124_UncaughtCustom",
        "p125_ExitInFinally",
        "p126_UncaughtInClinit",
        "p127_ExitZeroEarly",
        "p128_EvalOrder",
        "p129_CompoundEval",
        "p130_ArgEvalOrder",
        "p131_Labeled",
        "p132_TableSwitch",
        "p133_LookupSwitch",
        "p134_Fallthrough",
        "p135_SwitchExpr",
        "p136_Ternary",
        "p137_ShortCircuit",
        "p138_Synchronized",
        "p139_Loops",
        "p140_Args",
        "p141_ArrayList",
        "p142_LinkedList",
        "p143_ArrayDeque",
        "p144_HashMapOrder",
        "p145_HashMapResize",
        "p146_HashSetOrder",
        "p147_LinkedHashMapAccess",
        "p148_TreeMapNav",
        "p149_TreeSet",
        "p150_PriorityQueue",
        "p151_CollectionsUtil",
        "p152_ArraysUtil",
        "p153_IteratorRemove",
        "p154_CME",
        "p155_ImmutableList",
        "p156_MapMethods",
        "p157_Comparators",
        "p158_Optional",
        "p159_Objects",
        "p160_Random",
        "p161_BoxedHash",
        "p162_IntegerCache",
        "p163_Autoboxing",
        "p164_GenericMethods",
        "p165_Varargs",
        "p166_HashCollisions",
        "p167_CustomIterable",
        "p168_GcChurn",
        "p169_GcLongLived",
        "p170_Fib",
        "p171_Ackermann",
        "p172_Sieve",
        "p173_Quicksort",
        "p174_NQueens",
        "p175_MatrixMultiply",
        "p176_StringBuilderBig",
        "p177_Hanoi",
        "p178_BinaryTrees",
        "p179_Mandelbrot",
        "p180_LongLoop",
        "p181_FieldDefaults",
        "p182_MutualRecursion",
        "p183_ExceptionFromLambda",
        "p184_GenericArrays",
        "p185_Polymorphism",
        "p186_Clocks",
        "p187_OutOfMemory",
        "p188_SplitLimits",
        "p189_InitDefaultsOrder",
        "p190_PackagePrivateOverride",
        "p191_StackOverflow",
        "p192_StackOverflowUncaught",
        "p193_HelpfulNpe",
        "p194_HelpfulNpeChains",
        "p195_LibraryErrors",
        "p196_Monitors",
        "p197_Streams",
        "p198_StdinReaders",
        "p199_ScannerStdin",
        "p210_StrictMathBits",
        "p211_CharacterData",
        "p212_HexFloatFma",
        "p213_UnicodeBlock",
        "p214_RegexSyntax",
        "p215_RegexSplitReplace",
        "p216_RegexRandom",
        "p217_JavaTime",
        "p218_LibraryFastPaths",
        "p250_LeafFrameTraces",
        "p251_ColdPaths"
    };

    private Main() { }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println("usage: difftest.Main <program> [args...]; " + NAMES.length + " programs");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "p001_IntArith": p001_IntArith.main(rest); break;
            case "p002_IntOverflow": p002_IntOverflow.main(rest); break;
            case "p003_LongArith": p003_LongArith.main(rest); break;
            case "p004_Shifts": p004_Shifts.main(rest); break;
            case "p005_DivZero": p005_DivZero.main(rest); break;
            case "p006_MinDivMinusOne": p006_MinDivMinusOne.main(rest); break;
            case "p007_FloatArith": p007_FloatArith.main(rest); break;
            case "p008_DoubleArith": p008_DoubleArith.main(rest); break;
            case "p009_NaNCompare": p009_NaNCompare.main(rest); break;
            case "p010_FloatToIntSat": p010_FloatToIntSat.main(rest); break;
            case "p011_NarrowCasts": p011_NarrowCasts.main(rest); break;
            case "p012_CompoundNarrow": p012_CompoundNarrow.main(rest); break;
            case "p013_CharArith": p013_CharArith.main(rest); break;
            case "p014_NegZero": p014_NegZero.main(rest); break;
            case "p015_MathAbsMinMax": p015_MathAbsMinMax.main(rest); break;
            case "p016_MathRounding": p016_MathRounding.main(rest); break;
            case "p017_MathMisc": p017_MathMisc.main(rest); break;
            case "p018_FloorModDiv": p018_FloorModDiv.main(rest); break;
            case "p019_ExactOverflow": p019_ExactOverflow.main(rest); break;
            case "p020_DoubleToString": p020_DoubleToString.main(rest); break;
            case "p021_FloatToString": p021_FloatToString.main(rest); break;
            case "p022_IntegerParse": p022_IntegerParse.main(rest); break;
            case "p023_LongParse": p023_LongParse.main(rest); break;
            case "p024_IntegerRadix": p024_IntegerRadix.main(rest); break;
            case "p025_BitOps": p025_BitOps.main(rest); break;
            case "p026_LongBitOps": p026_LongBitOps.main(rest); break;
            case "p027_Remainder": p027_Remainder.main(rest); break;
            case "p028_IncDec": p028_IncDec.main(rest); break;
            case "p029_WideningMix": p029_WideningMix.main(rest); break;
            case "p030_UnsignedOps": p030_UnsignedOps.main(rest); break;
            case "p031_Classes": p031_Classes.main(rest); break;
            case "p032_Abstract": p032_Abstract.main(rest); break;
            case "p033_InterfaceDefault": p033_InterfaceDefault.main(rest); break;
            case "p034_InterfaceStaticPrivate": p034_InterfaceStaticPrivate.main(rest); break;
            case "p035_DiamondDefault": p035_DiamondDefault.main(rest); break;
            case "p036_IfaceSuper": p036_IfaceSuper.main(rest); break;
            case "p037_VirtualDispatch": p037_VirtualDispatch.main(rest); break;
            case "p038_InterfaceDispatch": p038_InterfaceDispatch.main(rest); break;
            case "p039_BridgeGeneric": p039_BridgeGeneric.main(rest); break;
            case "p040_CovariantReturn": p040_CovariantReturn.main(rest); break;
            case "p041_SuperCalls": p041_SuperCalls.main(rest); break;
            case "p042_CtorCallsOverride": p042_CtorCallsOverride.main(rest); break;
            case "p043_InitOrder": p043_InitOrder.main(rest); break;
            case "p044_LazyInit": p044_LazyInit.main(rest); break;
            case "p045_InitSuperFirst": p045_InitSuperFirst.main(rest); break;
            case "p046_InterfaceInit": p046_InterfaceInit.main(rest); break;
            case "p047_ConstantNoInit": p047_ConstantNoInit.main(rest); break;
            case "p048_ArrayNoInit": p048_ArrayNoInit.main(rest); break;
            case "p049_CircularInit": p049_CircularInit.main(rest); break;
            case "p050_FailingClinit": p050_FailingClinit.main(rest); break;
            case "p051_PrivateNotVirtual": p051_PrivateNotVirtual.main(rest); break;
            case "p052_FieldHiding": p052_FieldHiding.main(rest); break;
            case "p053_StaticNested": p053_StaticNested.main(rest); break;
            case "p054_InnerClasses": p054_InnerClasses.main(rest); break;
            case "p055_LocalAnon": p055_LocalAnon.main(rest); break;
            case "p056_MirandaAbstract": p056_MirandaAbstract.main(rest); break;
            case "p057_InterfaceConstants": p057_InterfaceConstants.main(rest); break;
            case "p058_ObjectMethods": p058_ObjectMethods.main(rest); break;
            case "p059_InstanceofCast": p059_InstanceofCast.main(rest); break;
            case "p060_ClassCastMsg": p060_ClassCastMsg.main(rest); break;
            case "p061_ArraysBasic": p061_ArraysBasic.main(rest); break;
            case "p062_MultiDim": p062_MultiDim.main(rest); break;
            case "p063_PartialMultiDim": p063_PartialMultiDim.main(rest); break;
            case "p064_ArrayClone": p064_ArrayClone.main(rest); break;
            case "p065_ArrayStore": p065_ArrayStore.main(rest); break;
            case "p066_IndexOOB": p066_IndexOOB.main(rest); break;
            case "p067_NegativeSize": p067_NegativeSize.main(rest); break;
            case "p068_ArrayInstanceof": p068_ArrayInstanceof.main(rest); break;
            case "p069_BigArrays": p069_BigArrays.main(rest); break;
            case "p070_ArrayCopy": p070_ArrayCopy.main(rest); break;
            case "p071_StringEquals": p071_StringEquals.main(rest); break;
            case "p072_StringHash": p072_StringHash.main(rest); break;
            case "p073_StringSwitch": p073_StringSwitch.main(rest); break;
            case "p074_Interning": p074_Interning.main(rest); break;
            case "p075_Substring": p075_Substring.main(rest); break;
            case "p076_IndexOf": p076_IndexOf.main(rest); break;
            case "p077_Split": p077_Split.main(rest); break;
            case "p078_Replace": p078_Replace.main(rest); break;
            case "p079_TrimStrip": p079_TrimStrip.main(rest); break;
            case "p080_RepeatJoin": p080_RepeatJoin.main(rest); break;
            case "p081_StringBuilderOps": p081_StringBuilderOps.main(rest); break;
            case "p082_Chars": p082_Chars.main(rest); break;
            case "p083_ConcatAll": p083_ConcatAll.main(rest); break;
            case "p084_ConcatNull": p084_ConcatNull.main(rest); break;
            case "p085_StringFormatInts": p085_StringFormatInts.main(rest); break;
            case "p086_StringFormatFloats": p086_StringFormatFloats.main(rest); break;
            case "p087_StringFormatStrings": p087_StringFormatStrings.main(rest); break;
            case "p088_Printf": p088_Printf.main(rest); break;
            case "p089_StringCompare": p089_StringCompare.main(rest); break;
            case "p090_StringMisc": p090_StringMisc.main(rest); break;
            case "p091_LambdaBasic": p091_LambdaBasic.main(rest); break;
            case "p092_LambdaCapture": p092_LambdaCapture.main(rest); break;
            case "p093_LambdaThis": p093_LambdaThis.main(rest); break;
            case "p094_MethodRefStatic": p094_MethodRefStatic.main(rest); break;
            case "p095_MethodRefBound": p095_MethodRefBound.main(rest); break;
            case "p096_MethodRefUnbound": p096_MethodRefUnbound.main(rest); break;
            case "p097_CtorRef": p097_CtorRef.main(rest); break;
            case "p098_ArrayCtorRef": p098_ArrayCtorRef.main(rest); break;
            case "p099_LambdaBoxing": p099_LambdaBoxing.main(rest); break;
            case "p100_SerializableLambda": p100_SerializableLambda.main(rest); break;
            case "p101_LambdaInInterface": p101_LambdaInInterface.main(rest); break;
            case "p102_FunctionalCompose": p102_FunctionalCompose.main(rest); break;
            case "p103_EnumBasic": p103_EnumBasic.main(rest); break;
            case "p104_EnumValueOf": p104_EnumValueOf.main(rest); break;
            case "p105_EnumSwitch": p105_EnumSwitch.main(rest); break;
            case "p106_EnumBodies": p106_EnumBodies.main(rest); break;
            case "p107_EnumMapSet": p107_EnumMapSet.main(rest); break;
            case "p108_Records": p108_Records.main(rest); break;
            case "p109_RecordCompact": p109_RecordCompact.main(rest); break;
            case "p110_NestedGenerics": p110_NestedGenerics.main(rest); break;
            case "p111_TryFinallyPaths": p111_TryFinallyPaths.main(rest); break;
            case "p112_FinallyReturn": p112_FinallyReturn.main(rest); break;
            case "p113_FinallyBreakContinue": p113_FinallyBreakContinue.main(rest); break;
            case "p114_NestedTry": p114_NestedTry.main(rest); break;
            case "p115_Rethrow": p115_Rethrow.main(rest); break;
            case "p116_MultiCatch": p116_MultiCatch.main(rest); break;
            case "p117_TryWithResources": p117_TryWithResources.main(rest); break;
            case "p118_Suppressed": p118_Suppressed.main(rest); break;
            case "p119_CustomExceptions": p119_CustomExceptions.main(rest); break;
            case "p120_NPEKinds": p120_NPEKinds.main(rest); break;
            case "p121_ThrowableBasics": p121_ThrowableBasics.main(rest); break;
            case "p122_UncaughtException": p122_UncaughtException.main(rest); break;
            case "p123_SystemExit3": p123_SystemExit3.main(rest); break;
            case "p124_UncaughtCustom": p124_UncaughtCustom.main(rest); break;
            case "p125_ExitInFinally": p125_ExitInFinally.main(rest); break;
            case "p126_UncaughtInClinit": p126_UncaughtInClinit.main(rest); break;
            case "p127_ExitZeroEarly": p127_ExitZeroEarly.main(rest); break;
            case "p128_EvalOrder": p128_EvalOrder.main(rest); break;
            case "p129_CompoundEval": p129_CompoundEval.main(rest); break;
            case "p130_ArgEvalOrder": p130_ArgEvalOrder.main(rest); break;
            case "p131_Labeled": p131_Labeled.main(rest); break;
            case "p132_TableSwitch": p132_TableSwitch.main(rest); break;
            case "p133_LookupSwitch": p133_LookupSwitch.main(rest); break;
            case "p134_Fallthrough": p134_Fallthrough.main(rest); break;
            case "p135_SwitchExpr": p135_SwitchExpr.main(rest); break;
            case "p136_Ternary": p136_Ternary.main(rest); break;
            case "p137_ShortCircuit": p137_ShortCircuit.main(rest); break;
            case "p138_Synchronized": p138_Synchronized.main(rest); break;
            case "p139_Loops": p139_Loops.main(rest); break;
            case "p140_Args": p140_Args.main(rest); break;
            case "p141_ArrayList": p141_ArrayList.main(rest); break;
            case "p142_LinkedList": p142_LinkedList.main(rest); break;
            case "p143_ArrayDeque": p143_ArrayDeque.main(rest); break;
            case "p144_HashMapOrder": p144_HashMapOrder.main(rest); break;
            case "p145_HashMapResize": p145_HashMapResize.main(rest); break;
            case "p146_HashSetOrder": p146_HashSetOrder.main(rest); break;
            case "p147_LinkedHashMapAccess": p147_LinkedHashMapAccess.main(rest); break;
            case "p148_TreeMapNav": p148_TreeMapNav.main(rest); break;
            case "p149_TreeSet": p149_TreeSet.main(rest); break;
            case "p150_PriorityQueue": p150_PriorityQueue.main(rest); break;
            case "p151_CollectionsUtil": p151_CollectionsUtil.main(rest); break;
            case "p152_ArraysUtil": p152_ArraysUtil.main(rest); break;
            case "p153_IteratorRemove": p153_IteratorRemove.main(rest); break;
            case "p154_CME": p154_CME.main(rest); break;
            case "p155_ImmutableList": p155_ImmutableList.main(rest); break;
            case "p156_MapMethods": p156_MapMethods.main(rest); break;
            case "p157_Comparators": p157_Comparators.main(rest); break;
            case "p158_Optional": p158_Optional.main(rest); break;
            case "p159_Objects": p159_Objects.main(rest); break;
            case "p160_Random": p160_Random.main(rest); break;
            case "p161_BoxedHash": p161_BoxedHash.main(rest); break;
            case "p162_IntegerCache": p162_IntegerCache.main(rest); break;
            case "p163_Autoboxing": p163_Autoboxing.main(rest); break;
            case "p164_GenericMethods": p164_GenericMethods.main(rest); break;
            case "p165_Varargs": p165_Varargs.main(rest); break;
            case "p166_HashCollisions": p166_HashCollisions.main(rest); break;
            case "p167_CustomIterable": p167_CustomIterable.main(rest); break;
            case "p168_GcChurn": p168_GcChurn.main(rest); break;
            case "p169_GcLongLived": p169_GcLongLived.main(rest); break;
            case "p170_Fib": p170_Fib.main(rest); break;
            case "p171_Ackermann": p171_Ackermann.main(rest); break;
            case "p172_Sieve": p172_Sieve.main(rest); break;
            case "p173_Quicksort": p173_Quicksort.main(rest); break;
            case "p174_NQueens": p174_NQueens.main(rest); break;
            case "p175_MatrixMultiply": p175_MatrixMultiply.main(rest); break;
            case "p176_StringBuilderBig": p176_StringBuilderBig.main(rest); break;
            case "p177_Hanoi": p177_Hanoi.main(rest); break;
            case "p178_BinaryTrees": p178_BinaryTrees.main(rest); break;
            case "p179_Mandelbrot": p179_Mandelbrot.main(rest); break;
            case "p180_LongLoop": p180_LongLoop.main(rest); break;
            case "p181_FieldDefaults": p181_FieldDefaults.main(rest); break;
            case "p182_MutualRecursion": p182_MutualRecursion.main(rest); break;
            case "p183_ExceptionFromLambda": p183_ExceptionFromLambda.main(rest); break;
            case "p184_GenericArrays": p184_GenericArrays.main(rest); break;
            case "p185_Polymorphism": p185_Polymorphism.main(rest); break;
            case "p186_Clocks": p186_Clocks.main(rest); break;
            case "p187_OutOfMemory": p187_OutOfMemory.main(rest); break;
            case "p188_SplitLimits": p188_SplitLimits.main(rest); break;
            case "p189_InitDefaultsOrder": p189_InitDefaultsOrder.main(rest); break;
            case "p190_PackagePrivateOverride": p190_PackagePrivateOverride.main(rest); break;
            case "p191_StackOverflow": p191_StackOverflow.main(rest); break;
            case "p192_StackOverflowUncaught": p192_StackOverflowUncaught.main(rest); break;
            case "p193_HelpfulNpe": p193_HelpfulNpe.main(rest); break;
            case "p194_HelpfulNpeChains": p194_HelpfulNpeChains.main(rest); break;
            case "p195_LibraryErrors": p195_LibraryErrors.main(rest); break;
            case "p196_Monitors": p196_Monitors.main(rest); break;
            case "p197_Streams": p197_Streams.main(rest); break;
            case "p198_StdinReaders": p198_StdinReaders.main(rest); break;
            case "p199_ScannerStdin": p199_ScannerStdin.main(rest); break;
            case "p210_StrictMathBits": p210_StrictMathBits.main(rest); break;
            case "p211_CharacterData": p211_CharacterData.main(rest); break;
            case "p212_HexFloatFma": p212_HexFloatFma.main(rest); break;
            case "p213_UnicodeBlock": p213_UnicodeBlock.main(rest); break;
            case "p214_RegexSyntax": p214_RegexSyntax.main(rest); break;
            case "p215_RegexSplitReplace": p215_RegexSplitReplace.main(rest); break;
            case "p216_RegexRandom": p216_RegexRandom.main(rest); break;
            case "p217_JavaTime": p217_JavaTime.main(rest); break;
            case "p218_LibraryFastPaths": p218_LibraryFastPaths.main(rest); break;
            case "p250_LeafFrameTraces": p250_LeafFrameTraces.main(rest); break;
            case "p251_ColdPaths": p251_ColdPaths.main(rest); break;
            default:
                System.out.println("unknown program " + args[0]);
                System.exit(2);
        }
    }
}
